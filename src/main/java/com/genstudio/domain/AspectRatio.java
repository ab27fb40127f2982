package com.genstudio.domain;

import java.util.Arrays;
import java.util.Optional;

/** The aspect ratios the composer offers; each maps a long side to a concrete width and height. */
public enum AspectRatio {
    SQUARE(1, 1), LANDSCAPE_3_2(3, 2), PORTRAIT_2_3(2, 3), WIDE_16_9(16, 9), TALL_9_16(9, 16);

    private final int w;
    private final int h;

    AspectRatio(int w, int h) {
        this.w = w;
        this.h = h;
    }

    public String label() {
        return w + ":" + h;
    }

    /** Width and height whose longer side is {@code longSide}, rounded to a multiple of 8 as samplers expect. */
    public ImageSize sizeForLongSide(int longSide) {
        if (w >= h) {
            return new ImageSize(longSide, roundTo8(longSide * h / (double) w));
        }
        return new ImageSize(roundTo8(longSide * w / (double) h), longSide);
    }

    private static int roundTo8(double v) {
        return Math.max(8, (int) Math.round(v / 8.0) * 8);
    }

    public static Optional<AspectRatio> parse(String text) {
        String t = text == null ? "" : text.trim();
        return Arrays.stream(values()).filter(a -> a.label().equals(t)).findFirst();
    }

    @Override
    public String toString() {
        return label();
    }
}
