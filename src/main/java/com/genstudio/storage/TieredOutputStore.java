package com.genstudio.storage;

import com.genstudio.engine.OutputTarget;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A remote primary store in front of the local one: new outputs go to the primary, while outputs written before the
 * switch (or not yet moved) are still read from local files. The two layouts never produce the same key (local
 * keys have a session level, remote ones do not), so a key that exists as a local file is a local output.
 */
public final class TieredOutputStore implements OutputStore {
    private final OutputStore primary;
    private final LocalOutputStore local;

    public TieredOutputStore(OutputStore primary, LocalOutputStore local) {
        this.primary = primary;
        this.local = local;
    }

    public OutputStore primary() {
        return primary;
    }

    public LocalOutputStore local() {
        return local;
    }

    @Override
    public String id() {
        return primary.id();
    }

    @Override
    public KeyLayout layout() {
        return primary.layout();
    }

    @Override
    public void put(String key, Path source, String mimeType) throws IOException {
        primary.put(key, source, mimeType);
    }

    @Override
    public InputStream open(String key) throws IOException {
        return isLocal(key) ? local.open(key) : primary.open(key);
    }

    @Override
    public Path localPath(String key) throws IOException {
        return isLocal(key) ? local.localPath(key) : primary.localPath(key);
    }

    @Override
    public java.util.Optional<String> remoteUri(String key) throws IOException {
        return isLocal(key) ? java.util.Optional.empty() : primary.remoteUri(key);
    }

    private boolean isLocal(String key) throws IOException {
        return Files.isRegularFile(local.localPath(key));
    }

    @Override
    public void deletePrefix(String prefix) throws IOException {
        local.deletePrefix(prefix);
        primary.deletePrefix(prefix);
    }

    @Override
    public void deleteGeneration(OutputTarget target) throws IOException {
        local.deleteGeneration(target);
        primary.deleteGeneration(target);
    }

    @Override
    public void deleteSession(long projectId, long sessionId) throws IOException {
        local.deleteSession(projectId, sessionId);
        primary.deleteSession(projectId, sessionId);
    }
}
