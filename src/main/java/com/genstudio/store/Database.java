package com.genstudio.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.flywaydb.core.Flyway;

/**
 * The embedded H2 file shared by the studio and the command line. {@code AUTO_SERVER} lets the first process that
 * opens the file serve it to the others over loopback (see docs/decisions/0002); {@code WRITE_DELAY=0} makes every
 * commit durable at once, so a state the UI has shown survives {@code kill -9}.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource pool;
    private final Jdbc jdbc;

    private Database(HikariDataSource pool, BooleanSupplier forbiddenThread) {
        this.pool = pool;
        this.jdbc = new Jdbc(pool, forbiddenThread);
    }

    /** Opens (creating when missing) the database at {@code file} and brings its schema up to date. */
    public static Database open(Path file, BooleanSupplier forbiddenThread) {
        String url = "jdbc:h2:file:" + file.toAbsolutePath()
                + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
        return openUrl(url, forbiddenThread);
    }

    /** For tests and benchmarks that need other H2 settings. */
    public static Database openUrl(String url, BooleanSupplier forbiddenThread) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("genstudio");
        config.setPassword("");
        config.setMaximumPoolSize(16);
        config.setMinimumIdle(2);
        config.setPoolName("genstudio-db");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool, forbiddenThread);
    }

    /** The pool itself, for tests and benchmarks that wrap or measure it. */
    public javax.sql.DataSource dataSource() {
        return pool;
    }

    public Jdbc jdbc() {
        return jdbc;
    }

    @Override
    public void close() {
        pool.close();
    }
}
