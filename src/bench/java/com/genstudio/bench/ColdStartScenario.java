package com.genstudio.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Figure 9: the desktop studio launched in a fresh JVM (Monocle headless, software renderer) until its first window
 * is shown, with and without a JDK AOT cache (JEP 483/514). The cache comes from one training run with
 * {@code -XX:AOTCacheOutput}; the measured runs alternate between the two so that machine load hits both alike.
 * {@code -XX:AOTMode=on} makes a run fail rather than silently start without the cache.
 */
final class ColdStartScenario {
    /** One launch: milliseconds to each start-up mark, by the parent's clock from process start (JVM boot included). */
    record Launch(long firstWindowMillis, long mainWindowMillis) {}

    record Result(List<Launch> withCache, List<Launch> withoutCache, long cacheBytes, long trainingMillis) {}

    private static final long TIMEOUT_SECONDS = 180;

    private final Path dir;
    private final int runs;

    ColdStartScenario(Path dir, int runs) {
        this.dir = dir;
        this.runs = runs;
    }

    Result run() throws IOException, InterruptedException {
        Files.createDirectories(dir);
        String classPath = AppJar.classPath(dir);
        Path cache = dir.resolve("genstudio.aot");
        // The first launch also creates the (empty) library, so the measured ones all open an existing one.
        long trainingStart = System.nanoTime();
        launch(classPath, List.of("-XX:AOTCacheOutput=" + cache));
        long trainingMillis = (System.nanoTime() - trainingStart) / 1_000_000;
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("The training run did not write " + cache);
        }
        List<Launch> with = new ArrayList<>();
        List<Launch> without = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            without.add(launch(classPath, List.of()));
            with.add(launch(classPath, List.of("-XX:AOTCache=" + cache, "-XX:AOTMode=on")));
        }
        return new Result(with, without, Files.size(cache), trainingMillis);
    }

    private Launch launch(String classPath, List<String> aotFlags) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(aotFlags);
        command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Dgenstudio.exitAfterFirstShow=true", "-cp", classPath, "com.genstudio.Launcher"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false)
                .redirectError(dir.resolve("launch-stderr.log").toFile());
        builder.environment().put("GENSTUDIO_HOME", dir.resolve("home").toString());
        long start = System.nanoTime();
        Process process = builder.start();
        // Reading stdout blocks until the child ends, so a hung launch is ended from outside.
        Thread.ofVirtual().start(() -> {
            try {
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
            }
        });
        Map<String, Long> marks = new HashMap<>();
        StringBuilder output = new StringBuilder();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                long at = (System.nanoTime() - start) / 1_000_000;
                output.append(line).append('\n');
                if (line.startsWith("FIRST_WINDOW_SHOWN ") || line.startsWith("MAIN_WINDOW_SHOWN ")) {
                    marks.put(line.substring(0, line.indexOf(' ')), at);
                }
            }
        }
        process.waitFor();
        if (process.exitValue() != 0 || marks.size() != 2) {
            throw new IllegalStateException("The launched studio (" + String.join(" ", aotFlags) + ") exited with "
                    + process.exitValue() + " and printed " + marks.keySet() + ":\n" + output
                    + "\nstderr: " + Files.readString(dir.resolve("launch-stderr.log")));
        }
        return new Launch(marks.get("FIRST_WINDOW_SHOWN"), marks.get("MAIN_WINDOW_SHOWN"));
    }

    static void report(Result r, int runs, BenchReport report) {
        long with = median(r.withCache(), Launch::firstWindowMillis);
        long without = median(r.withoutCache(), Launch::firstWindowMillis);
        long mainWith = median(r.withCache(), Launch::mainWindowMillis);
        long mainWithout = median(r.withoutCache(), Launch::mainWindowMillis);
        report.row(new FigureRow(String.format("9. Cold start to first window shown (headless, median of %d "
                + "launches)", runs), "AOT cache: " + FigureRow.ms(with), "no AOT cache: " + FigureRow.ms(without),
                FigureRow.times((double) without / with) + " faster", "≤ 1.5 s with the cache; ratio reported",
                FigureRow.Verdict.of(with <= 1500)));
        report.row(new FigureRow("9b. Cold start until the studio's main window has replaced the loading state "
                + "(library opened)", "AOT cache: " + FigureRow.ms(mainWith),
                "no AOT cache: " + FigureRow.ms(mainWithout),
                FigureRow.times((double) mainWithout / mainWith) + " faster", "(shows what follows the window)",
                FigureRow.Verdict.REPORTED));
        report.note(String.format("Figure 9: every launch, first window / main window in ms — with the cache %s; "
                + "without %s. The cache is %.1f MiB; its training run (which also created the library the "
                + "measured launches open) took %.1f s. Times are from `Process.start` in the parent to the line the "
                + "app prints, so JVM boot is included; the files are in the OS cache (a \"cold\" JVM, not a cold "
                + "disk).", list(r.withCache()), list(r.withoutCache()), r.cacheBytes() / (1024.0 * 1024),
                r.trainingMillis() / 1000.0));
    }

    private static long median(List<Launch> launches, java.util.function.ToLongFunction<Launch> value) {
        long[] sorted = launches.stream().mapToLong(value).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static String list(List<Launch> launches) {
        return String.join(", ", launches.stream()
                .map(l -> l.firstWindowMillis() + "/" + l.mainWindowMillis()).toList());
    }
}
