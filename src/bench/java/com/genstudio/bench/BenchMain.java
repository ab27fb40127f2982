package com.genstudio.bench;

import java.nio.file.Path;

/**
 * Entry point of {@code ./mvnw -B -Pbench verify -Dbench.size=full}: {@code --size=tiny|quick|full},
 * {@code --out=DIR} (where benchmarks.md and benchmarks.png go), {@code --work=DIR} (scratch, wiped first).
 */
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        BenchSize size = BenchSize.FULL;
        Path out = Path.of("docs");
        Path work = Path.of("target", "bench");
        for (String arg : args) {
            if (arg.startsWith("--size=")) {
                size = BenchSize.parse(arg.substring("--size=".length()));
            } else if (arg.startsWith("--out=")) {
                out = Path.of(arg.substring("--out=".length()));
            } else if (arg.startsWith("--work=")) {
                work = Path.of(arg.substring("--work=".length()));
            } else {
                System.err.println("Unknown argument " + arg + "; expected --size=tiny|quick|full, --out=DIR, --work=DIR");
                System.exit(2);
            }
        }
        BenchReport report;
        try {
            report = new BenchSuite(size, work, out).run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1); // the JavaFX thread would otherwise keep the JVM alive
            return;
        }
        report.rows.forEach(r -> System.out.printf("%-80s %-28s %-40s %-14s %s%n", r.figure(), r.genstudio(),
                r.baseline(), r.ratio(), r.met().text));
        System.out.println("Wrote " + out.resolve("benchmarks.md") + " and " + out.resolve("benchmarks.png"));
        System.exit(0);
    }
}
