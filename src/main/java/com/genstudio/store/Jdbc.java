package com.genstudio.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

/**
 * The one place that talks JDBC: statements with bound parameters, rows mapped to records, transactions.
 * Refuses to run on a forbidden thread (the JavaFX thread), so a slip shows up as a failing test, not a stutter.
 */
public final class Jdbc {
    private final DataSource dataSource;
    private final BooleanSupplier forbiddenThread;
    private final ThreadLocal<Connection> transaction = new ThreadLocal<>();

    public Jdbc(DataSource dataSource, BooleanSupplier forbiddenThread) {
        this.dataSource = dataSource;
        this.forbiddenThread = forbiddenThread;
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        return withConnection(c -> {
            try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        });
    }

    public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
        return query(sql, mapper, params).stream().findFirst();
    }

    public int update(String sql, Object... params) {
        return withConnection(c -> {
            try (PreparedStatement ps = prepare(c, sql, params)) {
                return ps.executeUpdate();
            }
        });
    }

    /** Runs {@code work} in one transaction on one connection; nested calls on this thread join it. */
    public <T> T inTransaction(SqlWork<T> work) {
        if (transaction.get() != null) {
            return withConnection(work);
        }
        checkThread();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            transaction.set(c);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                transaction.remove();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    public <T> T withConnection(SqlWork<T> work) {
        checkThread();
        Connection joined = transaction.get();
        try {
            if (joined != null) {
                return work.run(joined);
            }
            try (Connection c = dataSource.getConnection()) {
                return work.run(c);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    public static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }

    private void checkThread() {
        if (forbiddenThread.getAsBoolean()) {
            throw new IllegalStateException("Database access on the JavaFX thread: run it on a background executor");
        }
    }
}
