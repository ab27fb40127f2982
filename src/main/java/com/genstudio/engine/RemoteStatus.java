package com.genstudio.engine;

/** One poll's answer: state, progress 0..1 when the provider reports it, a short status text, an error text. */
public record RemoteStatus(RemoteState state, double progress, String message, String error) {
    public static RemoteStatus running(double progress, String message) {
        return new RemoteStatus(RemoteState.RUNNING, progress, message, null);
    }

    public static RemoteStatus succeeded() {
        return new RemoteStatus(RemoteState.SUCCEEDED, 1.0, "Done", null);
    }

    public static RemoteStatus failed(String error) {
        return new RemoteStatus(RemoteState.FAILED, 0, "Failed", error);
    }

    public static RemoteStatus unknown() {
        return new RemoteStatus(RemoteState.UNKNOWN, 0, null, null);
    }
}
