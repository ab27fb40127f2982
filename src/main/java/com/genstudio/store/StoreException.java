package com.genstudio.store;

import java.sql.SQLException;

/** An unexpected database failure; the one unchecked exception the store throws. */
public class StoreException extends RuntimeException {
    public StoreException(SQLException cause) {
        super("Database error: " + cause.getMessage(), cause);
    }

    public StoreException(String message) {
        super(message);
    }

    /** True when the failure is a unique-constraint violation (a duplicate name, say). */
    public boolean isDuplicate() {
        return getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState());
    }
}
