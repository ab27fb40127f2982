package com.genstudio.storage;

import com.genstudio.storage.ingest.MediaFormat;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Makes small previews for the gallery. Scaling halves the image step by step before the final resize, because a
 * single bilinear pass from 2048 px down to 256 px samples too few source pixels and looks grainy.
 * Opaque images become JPEG (small); images with real transparency stay PNG so the gallery can show it.
 */
public final class Thumbnailer {
    public static final int DEFAULT_MAX_SIDE = 256;
    /** Mid grey reads as "background" on both the light and the dark theme. */
    static final Color FLATTEN_BACKGROUND = new Color(0x88, 0x88, 0x88);

    private final int maxSide;
    private final float jpegQuality;

    public Thumbnailer() {
        this(DEFAULT_MAX_SIDE, 0.85f);
    }

    public Thumbnailer(int maxSide, float jpegQuality) {
        if (maxSide < 1) {
            throw new IllegalArgumentException("Thumbnail side must be positive, got " + maxSide);
        }
        if (jpegQuality <= 0f || jpegQuality > 1f) {
            throw new IllegalArgumentException("JPEG quality must be in (0, 1], got " + jpegQuality);
        }
        this.maxSide = maxSide;
        this.jpegQuality = jpegQuality;
    }

    public Thumbnail create(BufferedImage source) throws IOException {
        BufferedImage scaled = scale(source);
        MediaFormat format = hasTransparency(scaled) ? MediaFormat.PNG : MediaFormat.JPEG;
        return new Thumbnail(encode(scaled, format), format, scaled.getWidth(), scaled.getHeight());
    }

    /** Fits the image into maxSide x maxSide keeping its aspect ratio; never enlarges. */
    public BufferedImage scale(BufferedImage source) {
        int w = source.getWidth();
        int h = source.getHeight();
        double factor = Math.min(1.0, maxSide / (double) Math.max(w, h));
        int targetW = Math.max(1, (int) Math.round(w * factor));
        int targetH = Math.max(1, (int) Math.round(h * factor));
        boolean alpha = source.getColorModel().hasAlpha();
        // Premultiplied alpha keeps transparent pixels' hidden colour from bleeding into edges while filtering.
        int workType = alpha ? BufferedImage.TYPE_INT_ARGB_PRE : BufferedImage.TYPE_INT_RGB;
        // Convert to the working type only when needed: a full-size copy of a 2048 px image is most of the cost.
        BufferedImage current = source.getType() == workType ? source : resize(source, w, h, workType);
        while (current.getWidth() / 2 >= targetW && current.getHeight() / 2 >= targetH) {
            current = resize(current, current.getWidth() / 2, current.getHeight() / 2, workType);
        }
        if (current.getWidth() != targetW || current.getHeight() != targetH) {
            current = resize(current, targetW, targetH, workType);
        }
        return alpha ? resize(current, targetW, targetH, BufferedImage.TYPE_INT_ARGB) : current;
    }

    /** Encodes as PNG or JPEG; JPEG has no alpha channel, so transparent areas are flattened onto neutral grey. */
    public byte[] encode(BufferedImage image, MediaFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (format) {
            case PNG -> {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException("No PNG encoder available");
                }
            }
            case JPEG -> writeJpeg(flatten(image), out);
            default -> throw new IllegalArgumentException("Thumbnails are PNG or JPEG, not " + format);
        }
        return out.toByteArray();
    }

    private void writeJpeg(BufferedImage rgb, ByteArrayOutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(jpegQuality);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    static boolean hasTransparency(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }

    static BufferedImage flatten(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(FLATTEN_BACKGROUND);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static BufferedImage resize(BufferedImage source, int width, int height, int type) {
        BufferedImage target = new BufferedImage(width, height, type);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}
