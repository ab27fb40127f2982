package com.genstudio.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws the history-page latency against depth, keyset cursor vs OFFSET, on log-log axes (depth 0 is drawn at the
 * left edge). Plain Java2D, so the chart needs no charting library.
 */
final class HistoryChart {
    private static final int W = 900;
    private static final int H = 520;
    private static final int LEFT = 90;
    private static final int RIGHT = 30;
    private static final int TOP = 60;
    private static final int BOTTOM = 70;
    private static final Color CURSOR = new Color(0x1f, 0x77, 0xb4);
    private static final Color OFFSET = new Color(0xd6, 0x27, 0x28);

    private HistoryChart() {}

    static void write(List<BenchReport.DepthPoint> points, String subtitle, Path file) throws IOException {
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, W, H);
            Axes axes = Axes.of(points);
            drawGrid(g, axes);
            drawSeries(g, axes, points, true, CURSOR);
            drawSeries(g, axes, points, false, OFFSET);
            drawTitles(g, subtitle);
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", file.toFile());
    }

    /** Log scales: x over depth (0 pinned to the first decade), y over milliseconds. */
    private record Axes(double minDepthLog, double maxDepthLog, double minMsLog, double maxMsLog) {
        static Axes of(List<BenchReport.DepthPoint> points) {
            double maxDepth = points.stream().mapToInt(BenchReport.DepthPoint::depth).max().orElse(10);
            double lo = Double.MAX_VALUE;
            double hi = 0;
            for (var p : points) {
                lo = Math.min(lo, Math.min(p.cursorMillis(), p.offsetMillis()));
                hi = Math.max(hi, Math.max(p.cursorMillis(), p.offsetMillis()));
            }
            return new Axes(2, Math.max(3, Math.ceil(Math.log10(Math.max(10, maxDepth)))),
                    Math.floor(Math.log10(lo)), Math.ceil(Math.log10(hi)) + (hi == lo ? 1 : 0));
        }

        double x(int depth) {
            double d = Math.log10(Math.max(depth, Math.pow(10, minDepthLog)));
            return LEFT + (d - minDepthLog) / (maxDepthLog - minDepthLog) * (W - LEFT - RIGHT);
        }

        double y(double millis) {
            double v = Math.log10(millis);
            return H - BOTTOM - (v - minMsLog) / (maxMsLog - minMsLog) * (H - TOP - BOTTOM);
        }
    }

    private static void drawGrid(Graphics2D g, Axes a) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int e = (int) a.minMsLog(); e <= (int) a.maxMsLog(); e++) {
            int y = (int) a.y(Math.pow(10, e));
            g.setColor(new Color(0xe6, 0xe6, 0xe6));
            g.drawLine(LEFT, y, W - RIGHT, y);
            g.setColor(Color.DARK_GRAY);
            String label = FigureRow.ms(Math.pow(10, e));
            g.drawString(label, LEFT - 8 - g.getFontMetrics().stringWidth(label), y + 4);
        }
        for (int e = (int) a.minDepthLog(); e <= (int) a.maxDepthLog(); e++) {
            int depth = (int) Math.pow(10, e);
            int x = (int) a.x(depth);
            g.setColor(new Color(0xe6, 0xe6, 0xe6));
            g.drawLine(x, TOP, x, H - BOTTOM);
            g.setColor(Color.DARK_GRAY);
            String label = e == (int) a.minDepthLog() ? "0" : String.format("%,d", depth);
            g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, H - BOTTOM + 18);
        }
        g.setColor(Color.GRAY);
        g.drawRect(LEFT, TOP, W - LEFT - RIGHT, H - TOP - BOTTOM);
        g.setColor(Color.BLACK);
        String xTitle = "Depth (generations skipped before the page)";
        g.drawString(xTitle, LEFT + (W - LEFT - RIGHT - g.getFontMetrics().stringWidth(xTitle)) / 2, H - 25);
        var old = g.getTransform();
        g.rotate(-Math.PI / 2);
        g.drawString("Median time per page of 50 (log scale)", -(H + 140) / 2 - 60, 22);
        g.setTransform(old);
    }

    private static void drawSeries(Graphics2D g, Axes a, List<BenchReport.DepthPoint> points, boolean cursor,
                                   Color color) {
        List<double[]> xy = new ArrayList<>();
        for (var p : points) {
            xy.add(new double[] {a.x(p.depth()), a.y(cursor ? p.cursorMillis() : p.offsetMillis())});
        }
        Path2D line = new Path2D.Double();
        for (int i = 0; i < xy.size(); i++) {
            if (i == 0) {
                line.moveTo(xy.get(i)[0], xy.get(i)[1]);
            } else {
                line.lineTo(xy.get(i)[0], xy.get(i)[1]);
            }
        }
        g.setColor(color);
        g.setStroke(new BasicStroke(2.5f));
        g.draw(line);
        for (double[] p : xy) {
            g.fillOval((int) p[0] - 4, (int) p[1] - 4, 8, 8);
        }
        g.setStroke(new BasicStroke(1f));
    }

    private static void drawTitles(Graphics2D g, String subtitle) {
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString("Session history page latency vs depth", LEFT, 28);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(Color.DARK_GRAY);
        g.drawString(subtitle, LEFT, 46);
        int x = W - RIGHT - 250;
        int y = TOP + 20;
        legend(g, x, y, CURSOR, "GenStudio keyset cursor");
        legend(g, x, y + 20, OFFSET, "Baseline LIMIT/OFFSET");
    }

    private static void legend(Graphics2D g, int x, int y, Color color, String text) {
        g.setColor(color);
        g.setStroke(new BasicStroke(2.5f));
        g.drawLine(x, y - 4, x + 24, y - 4);
        g.setStroke(new BasicStroke(1f));
        g.setColor(Color.BLACK);
        g.drawString(text, x + 32, y);
    }
}
