package com.genstudio.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Local copies of remote objects, capped in total size, evicting the least recently used. Files keep their key's
 * relative path; a download goes to a temp file and is renamed into place, so a reader never sees half a file.
 * Recency survives restarts through file modification times.
 */
public final class DiskCache {

    /** Fetches an object's bytes when the cache misses. */
    @FunctionalInterface
    public interface Loader {
        InputStream open(String key) throws IOException;
    }

    private final Path root;
    private final long maxBytes;
    private final LinkedHashMap<String, Long> sizes = new LinkedHashMap<>(16, 0.75f, true);
    private long total;

    public DiskCache(Path root, long maxBytes) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
        Files.createDirectories(this.root);
        index();
    }

    public synchronized long totalBytes() {
        return total;
    }

    public Path get(String key, Loader loader) throws IOException {
        Path file = resolve(key);
        synchronized (this) {
            if (sizes.containsKey(key) && Files.exists(file)) {
                sizes.get(key);
                Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
                return file;
            }
        }
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".part");
        try (InputStream in = loader.open(key)) {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        synchronized (this) {
            Long previous = sizes.put(key, Files.size(file));
            total += sizes.get(key) - (previous == null ? 0 : previous);
            evict(key);
        }
        return file;
    }

    /** Forgets every cached key under a prefix (the objects were deleted). */
    public synchronized void invalidatePrefix(String prefix) throws IOException {
        List<String> gone = sizes.keySet().stream().filter(k -> k.startsWith(prefix)).toList();
        for (String k : gone) {
            total -= sizes.remove(k);
            Files.deleteIfExists(resolve(k));
        }
    }

    private void evict(String keep) throws IOException {
        var it = sizes.entrySet().iterator();
        while (total > maxBytes && it.hasNext()) {
            Map.Entry<String, Long> eldest = it.next();
            if (eldest.getKey().equals(keep)) {
                continue;
            }
            Files.deleteIfExists(resolve(eldest.getKey()));
            total -= eldest.getValue();
            it.remove();
        }
    }

    private void index() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        files.sort(Comparator.comparing(DiskCache::modified));
        for (Path f : files) {
            if (f.getFileName().toString().endsWith(".part")) {
                Files.deleteIfExists(f);
                continue;
            }
            long size = Files.size(f);
            sizes.put(root.relativize(f).toString().replace('\\', '/'), size);
            total += size;
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private Path resolve(String key) throws IOException {
        Path p = root.resolve(StorageKeys.requireValid(key)).normalize();
        if (!p.startsWith(root)) {
            throw new IOException("Cache key '" + key + "' points outside the cache");
        }
        return p;
    }
}
