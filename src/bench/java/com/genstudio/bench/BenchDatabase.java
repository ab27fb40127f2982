package com.genstudio.bench;

import com.genstudio.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * Where a benchmark's H2 file lives and how it is opened. Every read benchmark turns off H2's result reuse
 * ({@code OPTIMIZE_REUSE_RESULTS=FALSE}): otherwise a repeated identical query is answered from a cache and the
 * timing measures the cache (shared/design/h2-notes.md). {@code WRITE_DELAY=0} is the studio's own setting.
 */
record BenchDatabase(Path file) {
    static final String USER = "genstudio";

    String url() {
        return "jdbc:h2:file:" + file.toAbsolutePath() + ";WRITE_DELAY=0;OPTIMIZE_REUSE_RESULTS=FALSE";
    }

    /** Opens through the store (running the real migrations); nothing in a benchmark is a forbidden thread. */
    Database open() {
        return Database.openUrl(url(), () -> false);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, "");
    }

    boolean exists() {
        return Files.exists(Path.of(file + ".mv.db"));
    }

    /** Size of the database file on disk. */
    long bytes() {
        try {
            return Files.size(Path.of(file + ".mv.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the database, rewriting the file without its free space; H2 only shrinks files this way. */
    void shutdownCompact() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
