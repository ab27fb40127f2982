package com.genstudio.providers.builtin;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A Bauhaus-like grid: each cell holds a quarter circle, half disc, triangle, ring or stripes; a few large
 * translucent discs overlap the grid so the picture is not just tiles. The prompt's words pick the cells' shapes.
 */
final class GeometricPainter implements StylePainter {
    private static final int SHAPE_KINDS = 6;

    @Override
    public List<Layer> compose(Composition c) {
        SplittableRandom r = c.random();
        double w = c.width();
        double h = c.height();
        double u = c.unit();
        int base = 3 + r.nextInt(3);
        int cols = Math.max(2, (int) Math.round(base * w / u));
        int rows = Math.max(2, (int) Math.round(base * h / u));
        double cw = w / cols;
        double ch = h / rows;
        double gap = Math.min(cw, ch) * 0.06;

        List<Layer> layers = new ArrayList<>();
        layers.add(c.background());
        for (int i = 0; i < 2; i++) {
            double radius = c.range(r, 0.25, 0.45) * u;
            layers.add(fill(new Ellipse2D.Double(r.nextDouble() * w - radius, r.nextDouble() * h - radius,
                    radius * 2, radius * 2), Palette.withAlpha(c.palette().pick(r), 0.35)));
        }

        List<String> words = c.words().words();
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < cols; col++) {
                int cell = row * cols + col;
                SplittableRandom cr = words.isEmpty() ? r.split() : c.wordRandom(words.get(cell % words.size()) + cell);
                if (cr.nextDouble() < 0.15) {
                    continue;
                }
                Rectangle2D box = new Rectangle2D.Double(col * cw + gap, row * ch + gap, cw - 2 * gap, ch - 2 * gap);
                layers.add(cellShape(c, cr, box));
            }
        }

        float line = (float) Math.max(1.0, u / 500.0);
        Color ink = c.palette().light() ? new Color(30, 30, 36, 110) : new Color(245, 240, 230, 170);
        for (int i = 0; i < 3; i++) {
            boolean vertical = r.nextBoolean();
            double at = r.nextDouble();
            Shape shape = vertical ? new Line2D.Double(at * w, 0, at * w, h) : new Line2D.Double(0, at * h, w, at * h);
            layers.add(g -> {
                g.setStroke(new BasicStroke(line));
                g.setColor(ink);
                g.draw(shape);
            });
        }
        layers.add(c.vignette());
        return layers;
    }

    private static Layer cellShape(Composition c, SplittableRandom r, Rectangle2D b) {
        Color main = c.palette().pick(r);
        Color accent = c.palette().pick(r);
        double s = Math.min(b.getWidth(), b.getHeight());
        double cx = b.getCenterX();
        double cy = b.getCenterY();
        int turn = r.nextInt(4);
        return switch (r.nextInt(SHAPE_KINDS)) {
            case 0 -> fill(quarterCircle(b, s, turn), main);
            case 1 -> both(fill(b, Palette.withAlpha(main, 0.85)),
                    fill(new Arc2D.Double(cx - s / 2, cy - s / 2, s, s, 90 * turn, 180, Arc2D.CHORD), accent));
            case 2 -> fill(triangle(b, turn), main);
            case 3 -> ring(cx, cy, s, main, accent);
            case 4 -> stripes(b, main, 3 + r.nextInt(4));
            default -> fill(new Ellipse2D.Double(cx - s * 0.42, cy - s * 0.42, s * 0.84, s * 0.84),
                    Palette.withAlpha(main, 0.9));
        };
    }

    private static Layer fill(Shape shape, Color color) {
        return g -> {
            g.setColor(color);
            g.fill(shape);
        };
    }

    private static Layer both(Layer first, Layer second) {
        return g -> {
            first.paint(g);
            second.paint(g);
        };
    }

    /** A quarter disc of radius s anchored in one corner of the cell, bulging into it. */
    private static Shape quarterCircle(Rectangle2D b, double s, int turn) {
        double ax = turn == 1 || turn == 2 ? b.getMaxX() : b.getMinX();
        double ay = turn >= 2 ? b.getMaxY() : b.getMinY();
        return new Arc2D.Double(ax - s, ay - s, 2 * s, 2 * s, 270 - 90 * turn, 90, Arc2D.PIE);
    }

    private static Shape triangle(Rectangle2D b, int turn) {
        double[][] corners = {{b.getMinX(), b.getMinY()}, {b.getMaxX(), b.getMinY()}, {b.getMaxX(), b.getMaxY()},
                {b.getMinX(), b.getMaxY()}};
        Path2D.Double p = new Path2D.Double();
        p.moveTo(corners[turn][0], corners[turn][1]);
        p.lineTo(corners[(turn + 1) % 4][0], corners[(turn + 1) % 4][1]);
        p.lineTo(corners[(turn + 2) % 4][0], corners[(turn + 2) % 4][1]);
        p.closePath();
        return p;
    }

    private static Layer ring(double cx, double cy, double s, Color outer, Color inner) {
        return g -> {
            g.setColor(outer);
            g.setStroke(new BasicStroke((float) (s * 0.12)));
            g.draw(new Ellipse2D.Double(cx - s * 0.38, cy - s * 0.38, s * 0.76, s * 0.76));
            g.setColor(inner);
            g.fill(new Ellipse2D.Double(cx - s * 0.16, cy - s * 0.16, s * 0.32, s * 0.32));
        };
    }

    private static Layer stripes(Rectangle2D b, Color color, int count) {
        return g -> {
            g.setColor(color);
            double band = b.getHeight() / (count * 2 - 1);
            for (int i = 0; i < count; i++) {
                g.fill(new Rectangle2D.Double(b.getX(), b.getY() + i * 2 * band, b.getWidth(), band));
            }
        };
    }
}
