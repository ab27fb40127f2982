package com.genstudio.bench;

/** Figures 8 and 9, which need the desktop UI: the gallery over 10,000 outputs, and the studio's cold start. */
final class UiFigures {
    private UiFigures() {}

    static void gallery(GalleryScenario.Result r, BenchReport report) {
        GalleryScenario.Measured ours = r.virtualized();
        GalleryScenario.Measured theirs = r.allAtOnce();
        report.row(new FigureRow(String.format("8. Gallery heap after GC, scrolled through %,d outputs (JVM total; "
                + "the gallery's own share)", r.outputs()),
                mb(ours.heapAfter()) + " (+" + mb(ours.own()) + ")",
                "all at once: " + mb(theirs.heapAfter()) + " (+" + mb(theirs.own()) + ")",
                FigureRow.times((double) theirs.own() / Math.max(1, ours.own())) + " less (own share)",
                "heap ≤ 300 MB; ratio reported", FigureRow.Verdict.of(ours.heapAfter() <= 300L * 1024 * 1024)));
        report.row(new FigureRow(String.format("8. Gallery: CSS + layout per scrolled page, %d pages (p50 / p99)",
                ours.layout().count()), FigureRow.ms(ours.layout().p50()) + " / " + FigureRow.ms(ours.layout().p99()),
                "all at once: " + FigureRow.ms(theirs.layout().p50()) + " / " + FigureRow.ms(theirs.layout().p99()),
                FigureRow.times(theirs.layout().p50() / ours.layout().p50()) + " (p50)", "ratio reported",
                FigureRow.Verdict.REPORTED));
        report.row(new FigureRow("8. Gallery: render of the window per scrolled page (p50 / p99)",
                FigureRow.ms(ours.render().p50()) + " / " + FigureRow.ms(ours.render().p99()),
                "all at once: " + FigureRow.ms(theirs.render().p50()) + " / " + FigureRow.ms(theirs.render().p99()),
                FigureRow.times(theirs.render().p50() / ours.render().p50()) + " (p50)", "ratio reported",
                FigureRow.Verdict.REPORTED));
        report.note(String.format("Figure 8: heap used after GC before the gallery was built: %s (virtualized run) "
                + "and %s (all-at-once run); the \"own share\" is the growth over that. Scene-graph nodes under the "
                + "gallery at the end: %,d virtualized vs %,d all at once. The %,d thumbnails are 256 px JPEGs "
                + "(%d distinct pictures, the rest hard links), shown at 160 px as `GalleryView` does.",
                mb(ours.heapBefore()), mb(theirs.heapBefore()), ours.nodes(), theirs.nodes(), r.outputs(),
                Math.min(GalleryThumbnails.DISTINCT, r.outputs())));
    }

    private static String mb(long bytes) {
        return String.format("%.0f MB", bytes / (1024.0 * 1024));
    }
}
