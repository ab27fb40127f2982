package com.genstudio.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs one JMH benchmark class with the size's iteration settings and hands back its results. */
final class JmhRunner {
    private final BenchSize size;

    JmhRunner(BenchSize size) {
        this.size = size;
    }

    /** One measured result: the benchmark method, its parameters, and its score statistics in milliseconds. */
    record Score(String method, Map<String, String> params, double p50, double p99, double mean) {}

    List<Score> run(Class<?> benchmark, Mode mode, Map<String, String[]> params) {
        BenchSize.Jmh jmh = size.jmh;
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(Pattern.quote(benchmark.getName()) + "\\.")
                .mode(mode)
                .timeUnit(TimeUnit.MILLISECONDS)
                .forks(jmh.forks())
                .warmupIterations(jmh.warmups())
                .warmupTime(TimeValue.milliseconds(jmh.iterationMillis()))
                .measurementIterations(jmh.iterations())
                .measurementTime(TimeValue.milliseconds(jmh.iterationMillis()))
                .shouldFailOnError(true)
                .verbosity(size == BenchSize.TINY ? VerboseMode.SILENT : VerboseMode.NORMAL);
        params.forEach(options::param);
        Collection<RunResult> results;
        try {
            results = new Runner(options.build()).run();
        } catch (RunnerException e) {
            throw new IllegalStateException("JMH run of " + benchmark.getSimpleName() + " failed", e);
        }
        List<Score> scores = new ArrayList<>();
        for (RunResult r : results) {
            var stats = r.getPrimaryResult().getStatistics();
            String label = r.getParams().getBenchmark();
            String method = label.substring(label.lastIndexOf('.') + 1);
            Map<String, String> values = new java.util.LinkedHashMap<>();
            for (String key : r.getParams().getParamsKeys()) {
                values.put(key, r.getParams().getParam(key));
            }
            scores.add(new Score(method, values, stats.getPercentile(50), stats.getPercentile(99), stats.getMean()));
        }
        return scores;
    }
}
