package com.genstudio.bench;

import com.genstudio.storage.Thumbnailer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import net.coobird.thumbnailator.Thumbnails;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Figure 7: a 256 px JPEG thumbnail (quality 0.85) of a 1024×1024 PNG, by the app's {@link Thumbnailer} and by
 * Thumbnailator with its defaults. "FromBytes" is what ingest does (decode, scale, encode); "FromImage" starts
 * from the decoded image, isolating the part where the two differ.
 */
@State(Scope.Benchmark)
public class ThumbnailBenchmark {
    static final int SIDE = Thumbnailer.DEFAULT_MAX_SIDE;
    static final float QUALITY = 0.85f;

    private byte[] png;
    private BufferedImage decoded;
    private final Thumbnailer thumbnailer = new Thumbnailer(SIDE, QUALITY);

    @Setup
    public void prepare() throws IOException {
        png = ThumbnailInputs.png1024();
        decoded = ImageIO.read(new ByteArrayInputStream(png));
    }

    @Benchmark
    public byte[] genstudioFromBytes() throws IOException {
        return genstudio(thumbnailer, ImageIO.read(new ByteArrayInputStream(png)));
    }

    @Benchmark
    public byte[] thumbnailatorFromBytes() throws IOException {
        return thumbnailator(ImageIO.read(new ByteArrayInputStream(png)));
    }

    @Benchmark
    public byte[] genstudioFromImage() throws IOException {
        return genstudio(thumbnailer, decoded);
    }

    @Benchmark
    public byte[] thumbnailatorFromImage() throws IOException {
        return thumbnailator(decoded);
    }

    static byte[] genstudio(Thumbnailer thumbnailer, BufferedImage image) throws IOException {
        return thumbnailer.create(image).bytes();
    }

    static byte[] thumbnailator(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thumbnails.of(image).size(SIDE, SIDE).outputFormat("jpg").outputQuality(QUALITY).toOutputStream(out);
        return out.toByteArray();
    }
}
