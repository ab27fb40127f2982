package com.genstudio.storage;

import com.genstudio.engine.OutputTarget;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where output files live. Keys are relative, slash-separated paths such as {@code 3/7/42/0.png}; the database
 * stores only keys. Keys are logical: a store may map them onto its own namespace (S3 adds its key prefix).
 */
public interface OutputStore {

    /** Short id recorded next to each key (for example {@code local}). */
    String id();

    /** Atomically stores the file at {@code source} under {@code key}: readers see the whole file or none. */
    void put(String key, Path source, String mimeType) throws IOException;

    InputStream open(String key) throws IOException;

    /** A local file for the key, for image loading and for scripts (the file itself for the local store). */
    Path localPath(String key) throws IOException;

    /**
     * Where a script can find the key's object outside this machine ({@code s3://bucket/key}); empty for files that
     * live only on the local disk. May do I/O.
     */
    default java.util.Optional<String> remoteUri(String key) throws IOException {
        return java.util.Optional.empty();
    }

    /** Deletes every file whose key starts with {@code prefix}; missing files are not an error. */
    void deletePrefix(String prefix) throws IOException;

    /** How this store names a generation's files; ingest asks before choosing keys. */
    default KeyLayout layout() {
        return KeyLayout.BY_SESSION;
    }

    /** Deletes one generation's outputs and thumbnails. */
    default void deleteGeneration(OutputTarget target) throws IOException {
        deletePrefix(layout().generationPrefix(target));
    }

    /**
     * Deletes the files a session prefix covers. A store whose layout has no session level cannot know which
     * objects were the session's; those go generation by generation through {@link #deleteGeneration}.
     */
    default void deleteSession(long projectId, long sessionId) throws IOException {
        if (layout().groupsBySession()) {
            deletePrefix(projectId + "/" + sessionId + "/");
        }
    }
}
