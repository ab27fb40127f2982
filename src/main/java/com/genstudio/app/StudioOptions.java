package com.genstudio.app;

import com.genstudio.config.AppPaths;
import com.genstudio.engine.Engine;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * How to wire a studio. {@code engines} replaces the default set when not empty (tests use fake engines);
 * {@code forbiddenThread} answers true on a thread that must never touch the database (the JavaFX thread).
 */
public record StudioOptions(AppPaths paths, int concurrency, Duration lease, List<Engine> engines,
                            BooleanSupplier forbiddenThread) {

    public static final int DEFAULT_CONCURRENCY = 4;
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(10);

    public StudioOptions {
        engines = List.copyOf(engines);
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
    }

    public static StudioOptions defaults(AppPaths paths) {
        return new StudioOptions(paths, DEFAULT_CONCURRENCY, DEFAULT_LEASE, List.of(), () -> false);
    }

    public StudioOptions withConcurrency(int n) {
        return new StudioOptions(paths, n, lease, engines, forbiddenThread);
    }

    public StudioOptions withLease(Duration d) {
        return new StudioOptions(paths, concurrency, d, engines, forbiddenThread);
    }

    public StudioOptions withEngines(List<Engine> list) {
        return new StudioOptions(paths, concurrency, lease, list, forbiddenThread);
    }

    public StudioOptions withForbiddenThread(BooleanSupplier check) {
        return new StudioOptions(paths, concurrency, lease, engines, check);
    }
}
