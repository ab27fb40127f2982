package com.genstudio.bench;

import com.genstudio.app.Studio;
import com.genstudio.app.StudioOptions;
import com.genstudio.config.AppPaths;
import com.genstudio.domain.GenerationRequest;
import com.genstudio.domain.GenerationStatus;
import com.genstudio.domain.ImageSize;
import com.genstudio.domain.Session;
import com.genstudio.engine.GenerationEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Figure 6: {@code jobs} generations submitted one after another to a running studio whose only engine answers each
 * job after exactly {@code latency}; timed from the first submit to the last SUCCEEDED event. The ideal is
 * {@code jobs × latency / concurrency}: what is left over is the engine's own overhead (claiming, status writes,
 * ingest of one small PNG with its thumbnail, events) plus the 5 ms poll granularity.
 */
final class EngineOverheadScenario {
    static final Duration LATENCY = Duration.ofMillis(50);
    static final Duration POLL = Duration.ofMillis(5);

    private final Path dir;
    private final int jobs;
    private final int concurrency;
    private final int images;

    /** {@code images} 0 is the diagnostic run: the engine returns nothing, so no file is written or fsynced. */
    EngineOverheadScenario(Path dir, int jobs, int concurrency, int images) {
        this.dir = dir;
        this.jobs = jobs;
        this.concurrency = concurrency;
        this.images = images;
    }

    record Result(int jobs, int concurrency, int images, double millis, double idealMillis) {
        double overhead() {
            return millis / idealMillis;
        }
    }

    Result run() throws InterruptedException {
        StudioOptions options = StudioOptions.defaults(new AppPaths(dir)).withConcurrency(concurrency)
                .withEngines(List.of(new FixedLatencyEngine(LATENCY, POLL, images)));
        try (Studio studio = Studio.open(options)) {
            Session session = studio.library().findOrCreate("Bench", "Engine overhead");
            studio.startWorkers();
            CountDownLatch done = new CountDownLatch(jobs);
            Set<Long> finished = ConcurrentHashMap.newKeySet();
            studio.generations().subscribe(e -> {
                if (e.type() == GenerationEvent.Type.UPDATED && e.generation().status() == GenerationStatus.SUCCEEDED
                        && finished.add(e.generation().id())) {
                    done.countDown();
                }
            });
            long start = System.nanoTime();
            for (int i = 0; i < jobs; i++) {
                studio.generations().submit(new GenerationRequest(session.id(), "job " + i, "", FixedLatencyEngine.ID,
                        "m", 1, new ImageSize(512, 512), null, Map.of()));
            }
            if (!done.await(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException("Only " + (jobs - done.getCount()) + " of " + jobs + " finished");
            }
            double millis = (System.nanoTime() - start) / 1_000_000.0;
            double ideal = (double) jobs * LATENCY.toMillis() / concurrency;
            return new Result(jobs, concurrency, images, millis, ideal);
        }
    }

    static void report(Result full, Result withoutFiles, BenchReport report) {
        report.row(new FigureRow("6. Engine overhead: " + full.jobs() + " jobs × 50 ms at concurrency "
                + full.concurrency() + ", one image each", FigureRow.ms(full.millis()),
                "ideal " + FigureRow.ms(full.idealMillis()), FigureRow.times(full.overhead()), "≤ 1.10× ideal",
                FigureRow.Verdict.of(full.overhead() <= 1.10)));
        report.row(new FigureRow("6b. Diagnostic: the same with no image returned (no file written)",
                FigureRow.ms(withoutFiles.millis()), "ideal " + FigureRow.ms(withoutFiles.idealMillis()),
                FigureRow.times(withoutFiles.overhead()), "(explains 6)", FigureRow.Verdict.REPORTED));
    }
}
