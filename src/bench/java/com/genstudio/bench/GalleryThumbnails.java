package com.genstudio.bench;

import com.genstudio.storage.Thumbnailer;
import com.genstudio.storage.ingest.MediaFormat;
import com.genstudio.ui.common.ImageRef;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The gallery figure's outputs: one 256 px JPEG thumbnail file per output, as ingest writes them. A few hundred
 * distinct pictures are drawn and encoded; the rest of the files are hard links to them (copies where links are
 * not supported), so every output still has its own file and URI, which is what the image caches key on.
 */
final class GalleryThumbnails {
    static final int DISTINCT = 300;
    static final int SIDE = Thumbnailer.DEFAULT_MAX_SIDE;

    private GalleryThumbnails() {}

    static List<ImageRef> create(Path dir, int outputs) throws IOException {
        Files.createDirectories(dir);
        Thumbnailer encoder = new Thumbnailer();
        int distinct = Math.min(DISTINCT, outputs);
        List<Path> originals = new ArrayList<>();
        for (int i = 0; i < distinct; i++) {
            Path file = dir.resolve("distinct-" + i + ".jpg");
            Files.write(file, encoder.encode(picture(i), MediaFormat.JPEG));
            originals.add(file);
        }
        List<ImageRef> refs = new ArrayList<>(outputs);
        for (int i = 0; i < outputs; i++) {
            Path file = dir.resolve("output-" + i + ".jpg");
            Path original = originals.get(i % distinct);
            try {
                Files.createLink(file, original);
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(original, file);
            }
            refs.add(new ImageRef(i / 2, i % 2, file, file, SIDE, SIDE, "output " + i, "image/jpeg"));
        }
        return refs;
    }

    /** A gradient with soft discs: detailed enough that the JPEG is a realistic size (about 10 KB). */
    private static BufferedImage picture(int seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xFFFFFF)), SIDE, SIDE,
                    new Color(random.nextInt(0xFFFFFF))));
            g.fillRect(0, 0, SIDE, SIDE);
            for (int d = 0; d < 40; d++) {
                g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 120));
                int r = 8 + random.nextInt(60);
                g.fillOval(random.nextInt(SIDE) - r / 2, random.nextInt(SIDE) - r / 2, r, r);
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
