package com.genstudio.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Ctrl+C during a long command: instead of dying mid-output, the JVM's shutdown waits (a bounded time) while the
 * command finishes the output in hand and stops, so nothing is left half-moved and a rerun resumes cleanly.
 */
final class StopOnInterrupt implements BooleanSupplier, AutoCloseable {
    private static final long GRACE_SECONDS = 60;

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::stopAndWait, "stop-on-interrupt");
    private volatile boolean stopRequested;

    StopOnInterrupt() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public boolean getAsBoolean() {
        return stopRequested;
    }

    private void stopAndWait() {
        stopRequested = true;
        try {
            finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running: it has been released above.
        }
    }
}
