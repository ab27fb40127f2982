package com.genstudio.storage.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads an image's size from its header and decodes a subsampled copy for the thumbnail, so a 8000 px upload does
 * not need a full-size raster in memory. WebP goes through the TwelveMonkeys reader registered with ImageIO.
 */
public final class ImageProbe {
    private ImageProbe() {
    }

    /** Size of the full image and a decoded copy at least {@code minSide} pixels on its longer side (or full size). */
    public record Probed(int width, int height, BufferedImage preview) {}

    public static Probed read(Path file, MediaFormat format, int minSide) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("No decoder is installed for " + format + " images");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                ImageReadParam param = reader.getDefaultReadParam();
                // Point subsampling aliases; keep at least four times the thumbnail's side so the thumbnailer's
                // smooth halving steps average it out (a 1024 px source is read whole for a 256 px thumbnail).
                int step = Math.max(1, Math.max(width, height) / Math.max(1, minSide * 4));
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage preview = reader.read(0, param);
                return new Probed(width, height, preview);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new IOException("The file looks like " + format + " but could not be decoded: " + e.getMessage(), e);
        }
    }
}
