package com.genstudio.providers.builtin;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * One image being drawn: its canvas and its layers, painted a slice at a time so a job can report steps and stop
 * between them. The final picture does not depend on how many steps the layers were spread over.
 */
public final class RenderPlan {
    private final BufferedImage canvas;
    private final List<Layer> layers;
    private int painted;

    RenderPlan(BufferedImage canvas, List<Layer> layers) {
        this.canvas = canvas;
        this.layers = List.copyOf(layers);
    }

    /** Paints the layers that belong to steps 1..step of {@code steps}. */
    public void paintThrough(int step, int steps) {
        if (steps < 1 || step < 0 || step > steps) {
            throw new IllegalArgumentException("Step " + step + " of " + steps + " is out of range");
        }
        int target = (int) Math.ceil(layers.size() * (step / (double) steps));
        Graphics2D g = canvas.createGraphics();
        try {
            applyQualityHints(g);
            for (; painted < target; painted++) {
                Graphics2D layerGraphics = (Graphics2D) g.create();
                try {
                    layers.get(painted).paint(layerGraphics);
                } finally {
                    layerGraphics.dispose();
                }
            }
        } finally {
            g.dispose();
        }
    }

    public boolean isComplete() {
        return painted == layers.size();
    }

    public BufferedImage image() {
        return canvas;
    }

    public byte[] encodePng() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(canvas.getWidth() * canvas.getHeight());
            if (!ImageIO.write(canvas, "png", out)) {
                throw new IllegalStateException("This Java runtime has no PNG encoder");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Encoding the PNG failed", e);
        }
    }

    private static void applyQualityHints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    }
}
