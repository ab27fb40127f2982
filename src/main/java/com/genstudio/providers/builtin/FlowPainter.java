package com.genstudio.providers.builtin;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A flow field: thin strokes follow a smooth, wind-like direction field built from a few sine waves whose
 * frequencies come from the prompt's words. Colour bands follow the field, so the strands read as currents.
 */
final class FlowPainter implements StylePainter {
    private static final int LINES_PER_SQUARE = 900;
    private static final int LINES_PER_LAYER = 30;

    private record Wave(double fx, double fy, double px, double py, double amplitude) {}

    @Override
    public List<Layer> compose(Composition c) {
        SplittableRandom r = c.random();
        List<Wave> waves = waves(c, r);
        double u = c.unit();
        double w = c.width();
        double h = c.height();
        double bandPhase = r.nextDouble() * Math.PI * 2;
        double bandFrequency = c.range(r, 0.8, 2.2);

        List<Layer> layers = new ArrayList<>();
        layers.add(c.background());
        for (int i = 0; i < 3; i++) {
            layers.add(Composition.glow(r.nextDouble() * w, r.nextDouble() * h, c.range(r, 0.5, 0.9) * u,
                    c.palette().pick(r), 0.3));
        }

        int lines = (int) Math.round(LINES_PER_SQUARE * (w * h) / (u * u));
        List<Path2D> batch = new ArrayList<>();
        List<Color> batchColors = new ArrayList<>();
        List<Float> batchWidths = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            double x = c.range(r, -0.05, 1.05) * w;
            double y = c.range(r, -0.05, 1.05) * h;
            double band = (Math.sin((x + y) / u * bandFrequency + bandPhase) + 1) / 2;
            Color color = c.palette().at((int) (band * c.palette().colors().size()));
            if (r.nextDouble() < 0.12) {
                color = Palette.blend(color, Color.WHITE, 0.45);
            }
            batch.add(trace(waves, x, y, u, 40 + r.nextInt(90)));
            batchColors.add(Palette.withAlpha(color, c.range(r, 0.25, 0.6)));
            batchWidths.add((float) (c.range(r, 0.0008, 0.0035) * u));
            if (batch.size() == LINES_PER_LAYER || i == lines - 1) {
                layers.add(strokes(List.copyOf(batch), List.copyOf(batchColors), List.copyOf(batchWidths)));
                batch.clear();
                batchColors.clear();
                batchWidths.clear();
            }
        }
        layers.add(c.vignette());
        return layers;
    }

    private static List<Wave> waves(Composition c, SplittableRandom r) {
        List<Wave> waves = new ArrayList<>();
        List<String> words = c.words().words();
        for (int i = 0; i < 3; i++) {
            SplittableRandom wr = i < words.size() ? c.wordRandom(words.get(i)) : r.split();
            waves.add(new Wave(c.range(wr, 0.6, 3.2), c.range(wr, 0.6, 3.2), wr.nextDouble() * Math.PI * 2,
                    wr.nextDouble() * Math.PI * 2, c.range(wr, 0.4, 1.0)));
        }
        return waves;
    }

    private static double angle(List<Wave> waves, double nx, double ny) {
        double a = 0;
        for (Wave wave : waves) {
            a += wave.amplitude() * Math.sin(wave.fx() * nx + wave.px()) * Math.cos(wave.fy() * ny + wave.py());
        }
        return a * Math.PI;
    }

    private static Path2D trace(List<Wave> waves, double x, double y, double u, int steps) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(x, y);
        double step = u * 0.004;
        for (int s = 0; s < steps; s++) {
            double a = angle(waves, x / u, y / u);
            x += Math.cos(a) * step;
            y += Math.sin(a) * step;
            path.lineTo(x, y);
        }
        return path;
    }

    private static Layer strokes(List<Path2D> paths, List<Color> colors, List<Float> widths) {
        return g -> {
            for (int i = 0; i < paths.size(); i++) {
                g.setStroke(new BasicStroke(widths.get(i), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.setColor(colors.get(i));
                g.draw(paths.get(i));
            }
        };
    }
}
