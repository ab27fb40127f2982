package com.genstudio.engine;

/** A provider call failed; the message is shown to the user, so it says what went wrong in plain words. */
public class EngineException extends Exception {
    private final boolean retryable;

    public EngineException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public EngineException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    /** True for transient faults (timeouts, 5xx) where polling again later may succeed. */
    public boolean isRetryable() {
        return retryable;
    }
}
