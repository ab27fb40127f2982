package com.genstudio.bench;

import java.util.Arrays;

/** Percentiles of a set of measured durations, in milliseconds. */
record Stats(int count, double p50, double p99, double max) {

    static Stats ofNanos(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Stats(sorted.length, millis(percentile(sorted, 50)), millis(percentile(sorted, 99)),
                millis(sorted[sorted.length - 1]));
    }

    /** Nearest-rank percentile. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
