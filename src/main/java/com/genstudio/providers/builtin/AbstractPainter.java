package com.genstudio.providers.builtin;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Large soft glows, one luminous orb per prompt word, silky ribbon curves and a sprinkle of bright dots. */
final class AbstractPainter implements StylePainter {
    private static final int MAX_WORD_ORBS = 12;

    @Override
    public List<Layer> compose(Composition c) {
        SplittableRandom r = c.random();
        double w = c.width();
        double h = c.height();
        double u = c.unit();
        List<Layer> layers = new ArrayList<>();
        layers.add(c.background());

        int glows = 3 + r.nextInt(3);
        for (int i = 0; i < glows; i++) {
            layers.add(Composition.glow(c.range(r, -0.1, 1.1) * w, c.range(r, -0.1, 1.1) * h,
                    c.range(r, 0.45, 0.85) * u, c.palette().pick(r), c.range(r, 0.35, 0.6)));
        }

        List<String> words = c.words().words();
        int orbs = Math.max(6, Math.min(MAX_WORD_ORBS, words.size()));
        for (int i = 0; i < orbs; i++) {
            SplittableRandom wr = i < words.size() ? c.wordRandom(words.get(i)) : r.split();
            layers.add(orb(c, wr, c.range(wr, 0.1, 0.9) * w, c.range(wr, 0.1, 0.9) * h, c.range(wr, 0.04, 0.16) * u));
        }

        int ribbons = 4 + r.nextInt(4);
        for (int i = 0; i < ribbons; i++) {
            layers.add(ribbon(c, r.split()));
        }

        int dots = 25 + r.nextInt(35);
        for (int i = 0; i < dots; i++) {
            double x = r.nextDouble() * w;
            double y = r.nextDouble() * h;
            double radius = c.range(r, 0.002, 0.008) * u;
            Color color = Palette.blend(c.palette().pick(r), Color.WHITE, 0.5);
            layers.add(Composition.glow(x, y, radius * 4, color, 0.35));
            layers.add(g -> {
                g.setColor(Palette.withAlpha(color, 0.9));
                g.fill(new Ellipse2D.Double(x - radius, y - radius, radius * 2, radius * 2));
            });
        }
        layers.add(c.vignette());
        return layers;
    }

    /** A glowing sphere: soft halo, translucent body and a small off-centre highlight. */
    private static Layer orb(Composition c, SplittableRandom r, double x, double y, double radius) {
        Color color = c.palette().pick(r);
        Color highlight = Palette.blend(color, Color.WHITE, 0.6);
        double hx = x - radius * 0.35;
        double hy = y - radius * 0.35;
        Layer halo = Composition.glow(x, y, radius * 2.2, color, 0.35);
        Layer body = Composition.glow(x, y, radius, color, 0.85);
        Layer shine = Composition.glow(hx, hy, radius * 0.45, highlight, 0.55);
        return g -> {
            halo.paint(g);
            body.paint(g);
            shine.paint(g);
        };
    }

    /** Many thin, slightly offset copies of one curve read as a flowing translucent ribbon. */
    private static Layer ribbon(Composition c, SplittableRandom r) {
        double w = c.width();
        double h = c.height();
        double x1 = c.range(r, -0.1, 0.3) * w;
        double y1 = c.range(r, 0, 1) * h;
        double x2 = c.range(r, 0.7, 1.1) * w;
        double y2 = c.range(r, 0, 1) * h;
        double c1x = c.range(r, 0.1, 0.6) * w;
        double c1y = c.range(r, -0.3, 1.3) * h;
        double c2x = c.range(r, 0.4, 0.9) * w;
        double c2y = c.range(r, -0.3, 1.3) * h;
        double spread = c.range(r, 0.002, 0.006) * c.unit();
        double twist = c.range(r, -1, 1);
        int strands = 18 + r.nextInt(14);
        Color from = c.palette().pick(r);
        Color to = c.palette().pick(r);
        float strokeWidth = (float) Math.max(1.0, c.unit() / 700.0);
        return g -> {
            g.setStroke(new BasicStroke(strokeWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (int i = 0; i < strands; i++) {
                double t = i / (double) (strands - 1);
                double off = (t - 0.5) * strands * spread;
                g.setColor(Palette.withAlpha(Palette.blend(from, to, t), 0.28));
                // Strands meet near the ends and fan out in the middle, so the ribbon tapers.
                g.draw(new CubicCurve2D.Double(x1, y1 + off * 0.15, c1x + off * twist * 3, c1y - off * 2,
                        c2x - off * twist * 3, c2y + off * 2, x2, y2 - off * 0.15));
            }
        };
    }
}
