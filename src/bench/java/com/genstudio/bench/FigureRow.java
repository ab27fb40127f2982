package com.genstudio.bench;

/** One line of the results table. Values are preformatted text; {@code met} is judged by the figure itself. */
record FigureRow(String figure, String genstudio, String baseline, String ratio, String target, Verdict met) {

    enum Verdict {
        MET("yes"), MISSED("**no**"), REPORTED("reported"), NOT_MEASURED("not measured yet");

        final String text;

        Verdict(String text) {
            this.text = text;
        }

        static Verdict of(boolean met) {
            return met ? MET : MISSED;
        }
    }

    static FigureRow notMeasured(String figure, String baseline, String target, String why) {
        return new FigureRow(figure, why, baseline, "—", target, Verdict.NOT_MEASURED);
    }

    static String ms(double millis) {
        if (millis >= 100) {
            return String.format("%.0f ms", millis);
        }
        return millis >= 1 ? String.format("%.2f ms", millis) : String.format("%.3f ms", millis);
    }

    static String times(double ratio) {
        return ratio >= 10 ? String.format("%.0f×", ratio) : String.format("%.2f×", ratio);
    }
}
