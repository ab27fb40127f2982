package com.genstudio.bench;

import java.util.List;
import java.util.Locale;

/**
 * How big a benchmark run is. {@code FULL} is the data set the figures are defined on (200,000 generations with two
 * outputs each across 100 sessions in 10 projects); {@code QUICK} is a tenth of it for trying changes; {@code TINY}
 * only proves every benchmark still runs (the smoke test in {@code ./mvnw verify}) and its timings mean nothing.
 */
public enum BenchSize {
    TINY(2_000, 200, 64, 8, 4, 2_000, 10, 300, 1, new Jmh(0, 0, 1, 50)),
    QUICK(20_000, 2_000, 400, 32, 20, 10_000, 100, 10_000, 5, new Jmh(1, 1, 3, 500)),
    FULL(200_000, 10_000, 1_000, 32, 50, 20_000, 100, 10_000, 5, new Jmh(1, 2, 3, 1_000));

    /** Page depths (rows skipped) of the history figure; the chart adds the in-between ones. */
    static final List<Integer> TABLE_DEPTHS = List.of(0, 1_000, 10_000, 100_000);
    static final List<Integer> CHART_DEPTHS = List.of(0, 1_000, 5_000, 10_000, 25_000, 50_000, 100_000);

    final int generations;
    final int submits;
    final int engineJobs;
    final int engineConcurrency;
    final int base64Outputs;
    final int wideProjectGenerations;
    final int liveGenerations;
    /** Figure 8's outputs (the figure is defined on 10,000 at every size but tiny) and figure 9's launches each. */
    final int galleryOutputs;
    final int coldStartRuns;
    final Jmh jmh;

    /** JMH settings: forks (0 = in this JVM), warm-up and measured iterations, milliseconds per iteration. */
    record Jmh(int forks, int warmups, int iterations, int iterationMillis) {}

    BenchSize(int generations, int submits, int engineJobs, int engineConcurrency, int base64Outputs,
              int wideProjectGenerations, int liveGenerations, int galleryOutputs, int coldStartRuns, Jmh jmh) {
        this.generations = generations;
        this.submits = submits;
        this.engineJobs = engineJobs;
        this.engineConcurrency = engineConcurrency;
        this.base64Outputs = base64Outputs;
        this.wideProjectGenerations = wideProjectGenerations;
        this.liveGenerations = liveGenerations;
        this.galleryOutputs = galleryOutputs;
        this.coldStartRuns = coldStartRuns;
        this.jmh = jmh;
    }

    public static BenchSize parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    /** The depths this data set is deep enough for (the big session must hold depth + one page). */
    List<Integer> depthsWithin(List<Integer> depths, int bigSessionRows) {
        return depths.stream().filter(d -> d + 50 <= bigSessionRows).toList();
    }
}
