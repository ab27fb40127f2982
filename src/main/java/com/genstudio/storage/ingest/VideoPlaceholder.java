package com.genstudio.storage.ingest;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Optional;

/**
 * The gallery tile for a video when no frame can be decoded (the JDK has no video codecs): a film strip with a
 * play mark, the container format and, when the file says, the duration. Drawn, not shipped, so it scales to the
 * video's aspect ratio.
 */
public final class VideoPlaceholder {
    private VideoPlaceholder() {
    }

    public static BufferedImage draw(int videoWidth, int videoHeight, Optional<Duration> duration, String label,
                                     int maxSide) {
        double aspect = videoWidth > 0 && videoHeight > 0 ? videoWidth / (double) videoHeight : 16 / 9.0;
        aspect = Math.clamp(aspect, 0.5, 2.5);
        int w = aspect >= 1 ? maxSide : (int) Math.round(maxSide * aspect);
        int h = aspect >= 1 ? (int) Math.round(maxSide / aspect) : maxSide;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0x2B, 0x2F, 0x36));
            g.fillRect(0, 0, w, h);
            drawStrip(g, w, h);
            drawPlay(g, w, h);
            drawCaption(g, w, h, label + duration.map(d -> "  " + format(d)).orElse(""));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void drawStrip(Graphics2D g, int w, int h) {
        int band = Math.max(8, h / 8);
        g.setColor(new Color(0x16, 0x18, 0x1C));
        g.fillRect(0, 0, w, band);
        g.fillRect(0, h - band, w, band);
        g.setColor(new Color(0xC8, 0xCC, 0xD2));
        int hole = Math.max(3, band / 2);
        for (int x = hole; x + hole < w; x += hole * 2) {
            g.fillRect(x, (band - hole) / 2, hole, hole);
            g.fillRect(x, h - band + (band - hole) / 2, hole, hole);
        }
    }

    private static void drawPlay(Graphics2D g, int w, int h) {
        int r = Math.max(10, Math.min(w, h) / 5);
        int cx = w / 2;
        int cy = h / 2;
        g.setColor(new Color(0xFF, 0xFF, 0xFF, 0xD0));
        g.setStroke(new BasicStroke(Math.max(2f, r / 8f)));
        g.drawOval(cx - r, cy - r, 2 * r, 2 * r);
        int t = r / 2;
        g.fillPolygon(new Polygon(new int[]{cx - t / 2, cx - t / 2, cx + t}, new int[]{cy - t, cy + t, cy}, 3));
    }

    private static void drawCaption(Graphics2D g, int w, int h, String text) {
        try {
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, h / 12)));
            int textWidth = g.getFontMetrics().stringWidth(text);
            int band = Math.max(8, h / 8);
            g.setColor(Color.WHITE);
            g.drawString(text, (w - textWidth) / 2, h - band - Math.max(4, h / 20));
        } catch (RuntimeException | Error e) {
            // A machine without fonts still gets the icon; the caption is a convenience.
        }
    }

    static String format(Duration d) {
        long s = Math.max(0, Math.round(d.toMillis() / 1000.0));
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
