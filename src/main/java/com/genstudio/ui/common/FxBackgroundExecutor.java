package com.genstudio.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs UI-initiated work on a small pool of daemon threads and hands the outcome back through Platform.runLater. */
public final class FxBackgroundExecutor implements BackgroundExecutor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxBackgroundExecutor.class);

    private final ExecutorService pool;

    public FxBackgroundExecutor(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, daemonThreads());
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        try {
            pool.execute(() -> runAndDeliver(work, onSuccess, onFailure));
        } catch (RejectedExecutionException closed) {
            LOG.debug("Background work dropped after shutdown");
        }
    }

    private static <T> void runAndDeliver(Callable<T> work, Consumer<? super T> onSuccess,
                                          Consumer<? super Throwable> onFailure) {
        try {
            T result = work.call();
            Platform.runLater(() -> onSuccess.accept(result));
        } catch (Throwable error) {
            LOG.debug("Background work failed", error);
            Platform.runLater(() -> onFailure.accept(error));
        }
    }

    /**
     * Stops taking work and returns at once (it is called on the FX thread). Never interrupts: a task may be inside a
     * database call, and H2 closes its file when a thread is interrupted mid-I/O.
     */
    @Override
    public void close() {
        pool.shutdown();
    }

    /** Waits, off the FX thread, for work already running to finish; true when it did in time. */
    public boolean awaitIdle(java.time.Duration timeout) throws InterruptedException {
        return pool.awaitTermination(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "ui-background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
