package com.genstudio.bench;

import com.genstudio.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs every figure once, at one size, in one JVM (JMH figures fork their own when the size asks for it), and
 * writes {@code benchmarks.md} and {@code benchmarks.png} into the output directory. Each figure seeds or builds
 * what it measures under {@code work}, which is wiped first.
 */
public final class BenchSuite {
    /** The project the browse figure reads in the library: an ordinary one with 10 sessions. */
    static final long BROWSED_PROJECT = 2;

    private final BenchSize size;
    private final Path work;
    private final Path out;

    public BenchSuite(BenchSize size, Path work, Path out) {
        this.size = size;
        this.work = work;
        this.out = out;
    }

    public BenchReport run() throws Exception {
        BenchDatabase.deleteTree(work);
        Files.createDirectories(work);
        Files.createDirectories(out);
        BenchReport report = new BenchReport(size);
        long started = System.nanoTime();

        Library library = seedLibrary(report);
        new HistoryFigure(new JmhRunner(size)).run(library, report);
        log("figure 2");
        new BrowseFigure(new JmhRunner(size), size, work).run(library, report);
        log("figure 3");
        StorageFootprintScenario.report(new StorageFootprintScenario(work.resolve("footprint"), size.base64Outputs)
                .run(library.compactedBytes(), library.seeded().shape().outputs()), report);
        log("figure 4");
        SubmitLatencyScenario.report(new SubmitLatencyScenario(work.resolve("submit"), size.submits).run(), report);
        log("figure 1");
        EngineOverheadScenario.report(
                new EngineOverheadScenario(work.resolve("engine"), size.engineJobs, size.engineConcurrency, 1).run(),
                new EngineOverheadScenario(work.resolve("engine-no-files"), size.engineJobs, size.engineConcurrency, 0)
                        .run(), report);
        log("figure 6");
        new ThumbnailFigure(new JmhRunner(size)).run(report);
        log("figure 7");
        FxEventLatencyScenario.report(new FxEventLatencyScenario(work.resolve("live"), size.liveGenerations).run(),
                report);
        log("figure 5");
        UiFigures.gallery(new GalleryScenario(work.resolve("gallery"), size.galleryOutputs).run(), report);
        log("figure 8");
        ColdStartScenario.report(new ColdStartScenario(work.resolve("cold-start"), size.coldStartRuns).run(),
                size.coldStartRuns, report);
        log("figure 9");

        report.note(String.format("The whole run took %.0f s. The machine's 1-minute load average after each step "
                + "(other builds share it; with %d cores, a load above that means the benchmark waited for CPU and "
                + "tails (p99) stretch): %s.", (System.nanoTime() - started) / 1e9,
                Runtime.getRuntime().availableProcessors(), loads));
        MarkdownReport.write(report, Machine.current(), out.resolve("benchmarks.md"));
        HistoryChart.write(report.depthCurve.values().stream().toList(), chartSubtitle(library),
                out.resolve("benchmarks.png"));
        return report;
    }

    /** The seeded library file, its sizes around compaction, and where its big session is. */
    record Library(BenchDatabase database, DataGenerator.Seeded seeded, long bytesBeforeCompact,
                   long compactedBytes) {}

    private Library seedLibrary(BenchReport report) throws Exception {
        BenchDatabase database = new BenchDatabase(work.resolve("library").resolve("db"));
        DataGenerator.Seeded seeded;
        try (Database db = database.open()) {
            seeded = DataGenerator.seed(db.dataSource(), DataShape.library(size.generations));
            report.section("Hot query plans (EXPLAIN on the seeded library)",
                    MarkdownReport.plans(QueryPlans.explain(db, seeded.bigSessionId(), BROWSED_PROJECT)), false);
        }
        long before = database.bytes();
        database.shutdownCompact();
        long after = database.bytes();
        report.section("Database size", String.format("""
                The library: %,d generations with %,d outputs across %d sessions in %d projects (%,d in the big \
                session), seeded in %.1f s by batched inserts.

                | State | File size |
                |---|---|
                | After seeding and a normal close | %s |
                | After `SHUTDOWN COMPACT` | %s |
                """, seeded.shape().generations(), seeded.shape().outputs(), seeded.shape().sessions(),
                seeded.shape().projects(), seeded.bigSessionRows(), seeded.millis() / 1000.0, mib(before),
                mib(after)), false);
        log("seeding and EXPLAIN");
        return new Library(database, seeded, before, after);
    }

    private String chartSubtitle(Library library) {
        return String.format("%,d-row session of a %,d-generation library; H2 result reuse off; JMH sample time, "
                + "size %s", library.seeded().bigSessionRows(), library.seeded().shape().generations(),
                size.name().toLowerCase(java.util.Locale.ROOT));
    }

    static String mib(long bytes) {
        return String.format("%.1f MiB (%,d bytes)", bytes / (1024.0 * 1024), bytes);
    }

    private long lastLog = System.nanoTime();
    private final StringBuilder loads = new StringBuilder();

    private void log(String what) {
        long now = System.nanoTime();
        String load = Machine.loadAverage().map(l -> String.format("%.1f", l)).orElse("n/a");
        // Progress on stdout: the app's logging sends only warnings to the console.
        System.out.printf("[bench] %s done in %,d ms (load average %s)%n", what, (now - lastLog) / 1_000_000, load);
        loads.append(loads.isEmpty() ? "" : ", ").append(what).append(": ").append(load);
        lastLog = now;
    }

    static Map<String, String[]> params(Object... pairs) {
        Map<String, String[]> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            map.put((String) pairs[i], v instanceof String[] a ? a : new String[] {String.valueOf(v)});
        }
        return map;
    }
}
