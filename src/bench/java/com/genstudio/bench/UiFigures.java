package com.genstudio.bench;

/** Figures 5, 8 and 9 need the desktop UI's own classes, which are not on this branch yet. */
final class UiFigures {
    private UiFigures() {}

    static void notYetMeasured(BenchReport report) {
        String why = "UI not merged yet";
        report.row(FigureRow.notMeasured("5. Change event → FX property update, p99, 100 concurrent generations",
                "seed's 2 s polling interval", "p99 ≤ 16 ms", why));
        report.row(FigureRow.notMeasured("8. Gallery heap after scrolling 10,000 outputs; layout cost per page",
                "all 10,000 thumbnails loaded at once", "heap ≤ 300 MB; ratio reported", why));
        report.row(FigureRow.notMeasured("9. Cold start to first window (headless)", "same without AOT/CDS cache",
                "≤ 1.5 s with the cache; ratio reported", why));
    }
}
