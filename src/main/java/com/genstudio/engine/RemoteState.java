package com.genstudio.engine;

/** A provider's view of a job, mapped from each provider's own vocabulary. */
public enum RemoteState {
    PENDING, RUNNING, SUCCEEDED, FAILED, CANCELLED,
    /** The provider does not know this id (expired, or an in-process engine that restarted). */
    UNKNOWN
}
