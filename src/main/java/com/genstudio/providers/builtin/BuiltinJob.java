package com.genstudio.providers.builtin;

import com.genstudio.engine.RemoteState;
import com.genstudio.engine.RemoteStatus;
import java.util.List;
import java.util.concurrent.Future;

/**
 * One submitted job's state, shared between the render thread and pollers. Transitions are synchronized so a
 * cancel racing with the last step ends in exactly one terminal state.
 */
final class BuiltinJob {
    private final int steps;
    private RemoteState state = RemoteState.PENDING;
    private int step;
    private String error;
    private List<byte[]> pngs;
    private Future<?> future;
    private long finishedNanos;

    BuiltinJob(int steps) {
        this.steps = steps;
    }

    synchronized void attach(Future<?> renderFuture) {
        this.future = renderFuture;
    }

    /** False when the job was cancelled before a render thread picked it up. */
    synchronized boolean start() {
        if (state != RemoteState.PENDING) {
            return false;
        }
        state = RemoteState.RUNNING;
        return true;
    }

    synchronized void advance(int completedStep) {
        if (state == RemoteState.RUNNING) {
            step = completedStep;
        }
    }

    synchronized boolean isCancelled() {
        return state == RemoteState.CANCELLED;
    }

    synchronized void succeed(List<byte[]> images, long nowNanos) {
        if (state == RemoteState.RUNNING) {
            pngs = List.copyOf(images);
            state = RemoteState.SUCCEEDED;
            finishedNanos = nowNanos;
        }
    }

    synchronized void fail(String message, long nowNanos) {
        if (!isTerminal()) {
            error = message;
            state = RemoteState.FAILED;
            finishedNanos = nowNanos;
        }
    }

    /** Marks the job cancelled, drops any finished images and interrupts the render thread. */
    synchronized void cancel(long nowNanos) {
        if (state == RemoteState.FAILED || state == RemoteState.CANCELLED) {
            return;
        }
        state = RemoteState.CANCELLED;
        pngs = null;
        finishedNanos = nowNanos;
        if (future != null) {
            future.cancel(true);
        }
    }

    synchronized RemoteStatus status() {
        return switch (state) {
            case PENDING -> new RemoteStatus(RemoteState.PENDING, 0, "Waiting for a free renderer", null);
            case RUNNING -> RemoteStatus.running(step / (double) steps, "Step " + step + "/" + steps);
            case SUCCEEDED -> RemoteStatus.succeeded();
            case FAILED -> RemoteStatus.failed(error);
            case CANCELLED -> new RemoteStatus(RemoteState.CANCELLED, step / (double) steps, "Cancelled", null);
            case UNKNOWN -> RemoteStatus.unknown();
        };
    }

    synchronized RemoteState state() {
        return state;
    }

    synchronized List<byte[]> images() {
        return pngs;
    }

    /** Finished jobs nobody collected (the runner crashed or gave up) may be forgotten after a while. */
    synchronized boolean isStale(long nowNanos, long maxAgeNanos) {
        return isTerminal() && nowNanos - finishedNanos > maxAgeNanos;
    }

    private boolean isTerminal() {
        return state == RemoteState.SUCCEEDED || state == RemoteState.FAILED || state == RemoteState.CANCELLED;
    }
}
