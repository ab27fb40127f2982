package com.genstudio.bench;

import com.genstudio.storage.Thumbnailer;
import com.genstudio.storage.ingest.ImageProbe;
import com.genstudio.storage.ingest.MediaFormat;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import net.coobird.thumbnailator.Thumbnails;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Figure 7 for a 1024×1024 WebP. "FromFile" is ingest's real path: {@link ImageProbe} decodes a subsampled copy
 * (the TwelveMonkeys reader, at least four times the thumbnail side) and {@link Thumbnailer} scales and encodes it;
 * Thumbnailator reads the same file through ImageIO (the same reader) with its defaults. "FromImage" starts both
 * from the same fully decoded image.
 */
@State(Scope.Benchmark)
public class WebpThumbnailBenchmark {
    private Path file;
    private BufferedImage decoded;
    private final Thumbnailer thumbnailer = new Thumbnailer(ThumbnailBenchmark.SIDE, ThumbnailBenchmark.QUALITY);

    @Setup
    public void prepare() throws IOException {
        file = ThumbnailInputs.webp1024File();
        decoded = ImageIO.read(file.toFile());
    }

    @TearDown
    public void cleanUp() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public byte[] genstudioWebpFromFile() throws IOException {
        return genstudio(thumbnailer, file);
    }

    @Benchmark
    public byte[] thumbnailatorWebpFromFile() throws IOException {
        return thumbnailator(file);
    }

    @Benchmark
    public byte[] genstudioWebpFromImage() throws IOException {
        return ThumbnailBenchmark.genstudio(thumbnailer, decoded);
    }

    @Benchmark
    public byte[] thumbnailatorWebpFromImage() throws IOException {
        return ThumbnailBenchmark.thumbnailator(decoded);
    }

    static byte[] genstudio(Thumbnailer thumbnailer, Path file) throws IOException {
        return thumbnailer.create(ImageProbe.read(file, MediaFormat.WEBP, ThumbnailBenchmark.SIDE).preview()).bytes();
    }

    static byte[] thumbnailator(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thumbnails.of(file.toFile()).size(ThumbnailBenchmark.SIDE, ThumbnailBenchmark.SIDE).outputFormat("jpg")
                .outputQuality(ThumbnailBenchmark.QUALITY).toOutputStream(out);
        return out.toByteArray();
    }
}
