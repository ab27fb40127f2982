package com.genstudio.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Everything one run found, in the order the figures ran; written out by {@link MarkdownReport}. */
final class BenchReport {
    /** A titled block of text for the report (notes, EXPLAIN plans, sizes). */
    record Section(String title, String body, boolean preformatted) {}

    /** History latency at one depth, for the chart: medians in milliseconds. */
    record DepthPoint(int depth, double cursorMillis, double offsetMillis) {}

    final BenchSize size;
    final List<FigureRow> rows = new ArrayList<>();
    final List<Section> sections = new ArrayList<>();
    final Map<Integer, DepthPoint> depthCurve = new TreeMap<>();
    final List<String> notes = new ArrayList<>();

    BenchReport(BenchSize size) {
        this.size = size;
    }

    void row(FigureRow row) {
        rows.add(row);
    }

    void note(String text) {
        notes.add(text);
    }

    void section(String title, String body, boolean preformatted) {
        sections.add(new Section(title, body, preformatted));
    }
}
