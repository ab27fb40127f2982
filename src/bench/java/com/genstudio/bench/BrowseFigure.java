package com.genstudio.bench;

import com.genstudio.store.Database;
import java.nio.file.Path;
import java.util.List;
import org.openjdk.jmh.annotations.Mode;

/**
 * Figure 3 from {@link ProjectBrowseBenchmark}, twice: on an ordinary project of the library (10 sessions) and on
 * a separately seeded project whose images are spread over 100 sessions, the shape the figure names.
 */
final class BrowseFigure {
    private final JmhRunner jmh;
    private final BenchSize size;
    private final Path work;

    BrowseFigure(JmhRunner jmh, BenchSize size, Path work) {
        this.jmh = jmh;
        this.size = size;
        this.work = work;
    }

    void run(BenchSuite.Library library, BenchReport report) throws Exception {
        measure(library.database(), BenchSuite.BROWSED_PROJECT, "library project, 10 sessions", report);
        BenchDatabase wide = new BenchDatabase(work.resolve("wide").resolve("db"));
        DataShape shape = DataShape.wideProject(size.wideProjectGenerations);
        try (Database db = wide.open()) {
            DataGenerator.seed(db.dataSource(), shape);
        }
        wide.shutdownCompact();
        measure(wide, 1, String.format("project of 100 sessions, %,d images", shape.outputs()), report);
    }

    private void measure(BenchDatabase database, long project, String label, BenchReport report) {
        List<JmhRunner.Score> scores = jmh.run(ProjectBrowseBenchmark.class, Mode.SampleTime,
                BenchSuite.params("database", database.file().toString(), "project", project));
        JmhRunner.Score one = scores.stream().filter(s -> s.method().equals("oneQuery")).findFirst().orElseThrow();
        JmhRunner.Score many = scores.stream().filter(s -> s.method().equals("nPlusOne")).findFirst().orElseThrow();
        double ratio = many.p50() / one.p50();
        report.row(new FigureRow("3. Project browse, 200 newest images (" + label + ", p50 / p99)",
                FigureRow.ms(one.p50()) + " / " + FigureRow.ms(one.p99()),
                "N+1: " + FigureRow.ms(many.p50()) + " / " + FigureRow.ms(many.p99()),
                FigureRow.times(ratio) + " faster", "≤ 10 ms (p99); ≥ 20× faster",
                FigureRow.Verdict.of(one.p99() <= 10 && ratio >= 20)));
    }
}
