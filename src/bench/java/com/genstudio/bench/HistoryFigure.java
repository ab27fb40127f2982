package com.genstudio.bench;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.annotations.Mode;

/** Figure 2 from {@link HistoryPageBenchmark}: table rows at the depths, the chart at more of them. */
final class HistoryFigure {
    private final JmhRunner jmh;

    HistoryFigure(JmhRunner jmh) {
        this.jmh = jmh;
    }

    void run(BenchSuite.Library library, BenchReport report) {
        int rows = library.seeded().bigSessionRows();
        List<Integer> depths = BenchSize.CHART_DEPTHS.stream().filter(d -> d + HistoryPageBenchmark.PAGE <= rows)
                .toList();
        List<JmhRunner.Score> scores = jmh.run(HistoryPageBenchmark.class, Mode.SampleTime, BenchSuite.params(
                "database", library.database().file().toString(),
                "session", library.seeded().bigSessionId(),
                "depth", depths.stream().map(String::valueOf).toArray(String[]::new)));
        Map<Integer, JmhRunner.Score> cursor = new TreeMap<>();
        Map<Integer, JmhRunner.Score> offset = new TreeMap<>();
        for (JmhRunner.Score s : scores) {
            int depth = Integer.parseInt(s.params().get("depth"));
            (s.method().equals("cursor") ? cursor : offset).put(depth, s);
        }
        for (int depth : depths) {
            report.depthCurve.put(depth, new BenchReport.DepthPoint(depth, cursor.get(depth).p50(),
                    offset.get(depth).p50()));
        }
        for (int depth : BenchSize.TABLE_DEPTHS) {
            if (!cursor.containsKey(depth)) {
                report.row(FigureRow.notMeasured("2. History page at depth " + String.format("%,d", depth),
                        "LIMIT/OFFSET", "≤ 5 ms", "session too short at this size (" + rows + " rows)"));
                continue;
            }
            JmhRunner.Score c = cursor.get(depth);
            JmhRunner.Score o = offset.get(depth);
            report.row(new FigureRow("2. History page of 50 at depth " + String.format("%,d", depth)
                    + " (p50 / p99)", FigureRow.ms(c.p50()) + " / " + FigureRow.ms(c.p99()),
                    "LIMIT/OFFSET: " + FigureRow.ms(o.p50()) + " / " + FigureRow.ms(o.p99()),
                    FigureRow.times(o.p50() / c.p50()) + " faster", "≤ 5 ms (p99)",
                    FigureRow.Verdict.of(c.p99() <= 5.0)));
        }
        int deepest = cursor.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        double deepOverFirst = cursor.get(deepest).p50() / cursor.get(0).p50();
        double offsetDeepOverFirst = offset.get(deepest).p50() / offset.get(0).p50();
        report.row(new FigureRow("2. History: deepest (" + String.format("%,d", deepest) + ") / first page, p50",
                FigureRow.times(deepOverFirst), "LIMIT/OFFSET: " + FigureRow.times(offsetDeepOverFirst),
                "—", "≤ 1.5", FigureRow.Verdict.of(deepOverFirst <= 1.5)));
    }
}
