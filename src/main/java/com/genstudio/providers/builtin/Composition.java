package com.genstudio.providers.builtin;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.SplittableRandom;

/**
 * Everything a style needs to compose one image, and the drawing helpers the styles share. Sizes are given in
 * fractions of the canvas so one prompt and seed give the same picture at any resolution.
 */
final class Composition {
    private final int width;
    private final int height;
    private final Palette palette;
    private final PromptWords words;
    private final long salt;
    private final SplittableRandom random;

    Composition(int width, int height, Palette palette, PromptWords words, long salt) {
        this.width = width;
        this.height = height;
        this.palette = palette;
        this.words = words;
        this.salt = salt;
        this.random = new SplittableRandom(salt);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The shorter side; radii and stroke widths scale with it. */
    double unit() {
        return Math.min(width, height);
    }

    Palette palette() {
        return palette;
    }

    PromptWords words() {
        return words;
    }

    SplittableRandom random() {
        return random;
    }

    /** Randomness owned by one word: the word decides where "its" shape goes; the seed still varies it. */
    SplittableRandom wordRandom(String word) {
        return new SplittableRandom(PromptWords.mix(PromptWords.hash(word), salt));
    }

    double range(SplittableRandom r, double from, double to) {
        return from + r.nextDouble() * (to - from);
    }

    Layer background() {
        double angle = random.nextDouble() * Math.PI * 2;
        float cx = width / 2f;
        float cy = height / 2f;
        float dx = (float) (Math.cos(angle) * width / 2);
        float dy = (float) (Math.sin(angle) * height / 2);
        Color start = palette.backgroundStart();
        Color end = palette.backgroundEnd();
        return g -> {
            g.setPaint(new GradientPaint(cx - dx, cy - dy, start, cx + dx, cy + dy, end));
            g.fill(new Rectangle2D.Double(0, 0, width, height));
        };
    }

    /** A circle whose colour fades from {@code alpha} at its centre to nothing at its edge. */
    static Layer glow(double x, double y, double radius, Color color, double alpha) {
        return g -> {
            if (radius < 0.5) {
                return;
            }
            g.setPaint(new RadialGradientPaint(new Point2D.Double(x, y), (float) radius,
                    new float[] {0f, 0.45f, 1f},
                    new Color[] {Palette.withAlpha(color, alpha), Palette.withAlpha(color, alpha * 0.45),
                            Palette.withAlpha(color, 0)},
                    MultipleGradientPaint.CycleMethod.NO_CYCLE));
            g.fill(new Ellipse2D.Double(x - radius, y - radius, radius * 2, radius * 2));
        };
    }

    /** Darkens (or, on light backgrounds, softly lightens) the corners to pull the eye to the middle. */
    Layer vignette() {
        Color edge = palette.light() ? new Color(255, 255, 255, 70) : new Color(0, 0, 0, 120);
        return g -> {
            float radius = (float) (Math.hypot(width, height) / 2);
            g.setPaint(new RadialGradientPaint(new Point2D.Double(width / 2.0, height / 2.0), radius,
                    new float[] {0f, 0.55f, 1f},
                    new Color[] {Palette.withAlpha(edge, 0), Palette.withAlpha(edge, 0), edge},
                    MultipleGradientPaint.CycleMethod.NO_CYCLE));
            g.fill(new Rectangle2D.Double(0, 0, width, height));
        };
    }
}
