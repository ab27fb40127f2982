package com.genstudio.providers.builtin;

import java.awt.Color;
import java.util.List;
import java.util.SplittableRandom;

/** The colours one image is drawn with, plus the two ends of its background gradient. */
record Palette(List<Color> colors, Color backgroundStart, Color backgroundEnd, boolean light) {
    Palette {
        if (colors.isEmpty()) {
            throw new IllegalArgumentException("A palette needs at least one colour");
        }
        colors = List.copyOf(colors);
    }

    Color pick(SplittableRandom random) {
        return colors.get(random.nextInt(colors.size()));
    }

    Color at(int index) {
        return colors.get(Math.floorMod(index, colors.size()));
    }

    static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(Math.clamp(alpha, 0, 1) * 255));
    }

    /** Linear blend: 0 gives {@code a}, 1 gives {@code b}. */
    static Color blend(Color a, Color b, double t) {
        double u = Math.clamp(t, 0, 1);
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * u),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * u),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * u));
    }

    static double luminance(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255.0;
    }
}
