package com.genstudio.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The seam between view-models and blocking work (database, files). Work runs off the JavaFX thread; its result or
 * error is delivered on the JavaFX thread. Tests use a same-thread implementation so view-models stay deterministic.
 */
public interface BackgroundExecutor {

    <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** For work whose only result is "done". */
    default void run(ThrowingRunnable work, Runnable onDone, Consumer<? super Throwable> onFailure) {
        submit(() -> {
            work.run();
            return Boolean.TRUE;
        }, ignored -> onDone.run(), onFailure);
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
