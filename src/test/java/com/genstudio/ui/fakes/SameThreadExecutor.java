package com.genstudio.ui.fakes;

import com.genstudio.ui.common.BackgroundExecutor;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs background work at once on the calling thread, so view-model tests are deterministic. */
public final class SameThreadExecutor implements BackgroundExecutor {
    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
