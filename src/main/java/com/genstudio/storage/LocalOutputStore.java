package com.genstudio.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Keeps outputs as plain files under one root directory, laid out exactly as the keys say, so users and scripts can
 * browse them. Writes go to a hidden temp file next to the target and are renamed into place, so a crash or a
 * concurrent reader never sees half a file.
 */
public final class LocalOutputStore implements OutputStore {
    private final Path root;

    public LocalOutputStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public String id() {
        return "local";
    }

    @Override
    public void put(String key, Path source, String mimeType) throws IOException {
        Path target = localPath(key);
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            // No fsync: the promise is the database's (WRITE_DELAY=0, which does not fsync each commit either):
            // everything survives the process dying, kill -9 included; the OS page cache holds the bytes. An fsync
            // per file cost a median 19 ms per output here and dominated the engine-overhead benchmark.
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(localPath(key));
    }

    @Override
    public Path localPath(String key) throws IOException {
        return resolve(StorageKeys.requireValid(key));
    }

    /**
     * A prefix ending in "/" removes that directory; otherwise every file or directory in the prefix's parent whose
     * name starts with the prefix's last segment goes, matching the key-prefix semantics of object stores.
     */
    @Override
    public void deletePrefix(String prefix) throws IOException {
        if (prefix == null || prefix.isEmpty()) {
            throw new IllegalArgumentException("Refusing to delete with an empty prefix: that would remove every output");
        }
        if (prefix.endsWith("/")) {
            deleteTree(resolve(StorageKeys.requireValid(prefix.substring(0, prefix.length() - 1))));
            return;
        }
        Path base = resolve(StorageKeys.requireValid(prefix));
        String namePrefix = base.getFileName().toString();
        Path dir = base.getParent();
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, p -> p.getFileName().toString().startsWith(namePrefix))) {
            for (Path entry : entries) {
                deleteTree(entry);
            }
        }
    }

    private Path resolve(String validKey) throws IOException {
        Path path = root.resolve(validKey).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IOException("Storage key '" + validKey + "' points outside the output directory");
        }
        return path;
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(p);
                } catch (NoSuchFileException ignored) {
                    // Removed concurrently; the goal is reached either way.
                }
            }
        }
    }
}
