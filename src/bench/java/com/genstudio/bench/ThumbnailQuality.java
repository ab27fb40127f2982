package com.genstudio.bench;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * "Comparable quality" made a number: PSNR of a thumbnail against an area-averaged reduction of the same source
 * (every source pixel weighted, the slow but faithful way). Higher is closer; differences under ~0.5 dB are not
 * visible.
 */
final class ThumbnailQuality {
    private ThumbnailQuality() {}

    static BufferedImage reference(BufferedImage source, int width, int height) {
        Image scaled = source.getScaledInstance(width, height, Image.SCALE_AREA_AVERAGING);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = out.createGraphics();
        g.drawImage(scaled, 0, 0, null);
        g.dispose();
        return out;
    }

    static double psnr(byte[] thumbnail, BufferedImage reference) throws IOException {
        BufferedImage t = ImageIO.read(new ByteArrayInputStream(thumbnail));
        if (t.getWidth() != reference.getWidth() || t.getHeight() != reference.getHeight()) {
            throw new IllegalStateException("Thumbnail is " + t.getWidth() + "×" + t.getHeight() + ", reference "
                    + reference.getWidth() + "×" + reference.getHeight());
        }
        double sum = 0;
        for (int y = 0; y < t.getHeight(); y++) {
            for (int x = 0; x < t.getWidth(); x++) {
                int a = t.getRGB(x, y);
                int b = reference.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    int d = ((a >> shift) & 0xFF) - ((b >> shift) & 0xFF);
                    sum += d * d;
                }
            }
        }
        double mse = sum / (3.0 * t.getWidth() * t.getHeight());
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255.0 * 255.0 / mse);
    }
}
