package com.genstudio.bench;

import com.genstudio.storage.Thumbnailer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Mode;

/** Figure 7 from {@link ThumbnailBenchmark}, with the quality of both thumbnails measured against a reference. */
final class ThumbnailFigure {
    private final JmhRunner jmh;

    ThumbnailFigure(JmhRunner jmh) {
        this.jmh = jmh;
    }

    void run(BenchReport report) throws IOException {
        List<JmhRunner.Score> scores = jmh.run(ThumbnailBenchmark.class, Mode.AverageTime, BenchSuite.params());
        BufferedImage source = ImageIO.read(new ByteArrayInputStream(ThumbnailInputs.png1024()));
        byte[] ours = ThumbnailBenchmark.genstudio(new Thumbnailer(ThumbnailBenchmark.SIDE, ThumbnailBenchmark.QUALITY),
                source);
        byte[] theirs = ThumbnailBenchmark.thumbnailator(source);
        BufferedImage reference = ThumbnailQuality.reference(source, ThumbnailBenchmark.SIDE, ThumbnailBenchmark.SIDE);
        String quality = String.format("PSNR %.1f dB vs %.1f dB; %,d B vs %,d B",
                ThumbnailQuality.psnr(ours, reference), ThumbnailQuality.psnr(theirs, reference), ours.length,
                theirs.length);
        row(report, scores, "FromBytes", "7. Thumbnail of a 1024² PNG: decode + scale + JPEG (ops/s)", quality);
        row(report, scores, "FromImage", "7. Thumbnail of a decoded 1024² image: scale + JPEG (ops/s)",
                "same thumbnails");
        report.note("Figure 7: " + quality + " (GenStudio vs Thumbnailator; PSNR against an area-averaged reduction "
                + "of the same source, higher is closer).");
        webp(report);
    }

    /** The same for the WebP copy of the image; quality is judged against the reduction of the decoded WebP. */
    private void webp(BenchReport report) throws IOException {
        List<JmhRunner.Score> scores = jmh.run(WebpThumbnailBenchmark.class, Mode.AverageTime, BenchSuite.params());
        Path file = ThumbnailInputs.webp1024File();
        try {
            BufferedImage source = ImageIO.read(file.toFile());
            BufferedImage reference = ThumbnailQuality.reference(source, ThumbnailBenchmark.SIDE,
                    ThumbnailBenchmark.SIDE);
            Thumbnailer thumbnailer = new Thumbnailer(ThumbnailBenchmark.SIDE, ThumbnailBenchmark.QUALITY);
            byte[] ours = WebpThumbnailBenchmark.genstudio(thumbnailer, file);
            byte[] theirs = WebpThumbnailBenchmark.thumbnailator(file);
            String quality = String.format("PSNR %.1f dB vs %.1f dB; %,d B vs %,d B",
                    ThumbnailQuality.psnr(ours, reference), ThumbnailQuality.psnr(theirs, reference), ours.length,
                    theirs.length);
            row(report, scores, "WebpFromFile", String.format("7. Thumbnail of a 1024² WebP (%,d B) file: decode + "
                    + "scale + JPEG (ops/s)", Files.size(file)), quality);
            row(report, scores, "WebpFromImage", "7. Thumbnail of a decoded 1024² WebP image: scale + JPEG (ops/s)",
                    "same thumbnails");
            report.note("Figure 7, WebP: " + quality + ". The input is the PNG above encoded once with `cwebp -q 80` "
                    + "(a committed test resource: the app and the JDK only decode WebP). GenStudio's file path is "
                    + "ingest's: `ImageProbe` asks the TwelveMonkeys reader for a copy subsampled to at least four times "
                    + "the thumbnail side, then `Thumbnailer`; Thumbnailator decodes the whole file through the same "
                    + "ImageIO reader.");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void row(BenchReport report, List<JmhRunner.Score> scores, String suffix, String figure,
                            String quality) {
        JmhRunner.Score ours = find(scores, "genstudio" + suffix);
        JmhRunner.Score theirs = find(scores, "thumbnailator" + suffix);
        double ourRate = 1000 / ours.mean();
        double theirRate = 1000 / theirs.mean();
        report.row(new FigureRow(figure, String.format("%.1f/s (%s)", ourRate, FigureRow.ms(ours.mean())),
                String.format("Thumbnailator: %.1f/s (%s)", theirRate, FigureRow.ms(theirs.mean())),
                FigureRow.times(ourRate / theirRate), "≥ 1.0× the baseline; " + quality,
                FigureRow.Verdict.of(ourRate >= theirRate)));
    }

    private static JmhRunner.Score find(List<JmhRunner.Score> scores, String method) {
        return scores.stream().filter(s -> s.method().equals(method)).findFirst().orElseThrow();
    }
}
