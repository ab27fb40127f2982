package com.genstudio.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every benchmark once at the tiny size so the suite keeps compiling and working. Asserts no timings. */
class BenchSmokeTest {
    @TempDir
    Path dir;

    @Test
    void everyFigureRunsAndTheReportIsWritten() throws Exception {
        Path out = dir.resolve("docs");
        BenchReport report = new BenchSuite(BenchSize.TINY, dir.resolve("work"), out).run();

        assertThat(report.rows).extracting(FigureRow::figure)
                .anyMatch(f -> f.startsWith("1.")).anyMatch(f -> f.startsWith("2.")).anyMatch(f -> f.startsWith("3."))
                .anyMatch(f -> f.startsWith("4.")).anyMatch(f -> f.startsWith("6.")).anyMatch(f -> f.startsWith("7."))
                .anyMatch(f -> f.startsWith("7. Thumbnail of a 1024² WebP")).anyMatch(f -> f.startsWith("8."))
                .anyMatch(f -> f.startsWith("9."));
        assertThat(report.rows).filteredOn(r -> r.figure().matches("[789].*"))
                .noneMatch(r -> r.met() == FigureRow.Verdict.NOT_MEASURED);
        assertThat(report.rows).allSatisfy(r -> assertThat(r.genstudio()).isNotBlank());
        assertThat(report.depthCurve).containsKeys(0, 1_000);
        String md = Files.readString(out.resolve("benchmarks.md"));
        assertThat(md).contains("| Figure | GenStudio |", "IX_GENERATIONS_SESSION_HISTORY", "IX_OUTPUTS_PROJECT_RECENT",
                "SHUTDOWN COMPACT").doesNotContain("TABLE SCAN");
        assertThat(ImageIO.read(out.resolve("benchmarks.png").toFile()).getWidth()).isGreaterThan(0);
    }
}
