package com.genstudio.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.genstudio.domain.MediaKind;
import com.genstudio.engine.EngineOutput;
import com.genstudio.engine.OutputTarget;
import com.genstudio.engine.StoredOutput;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileOutputIngestorTest {
    private static final OutputTarget TARGET = new OutputTarget(3, 7, 42);

    @TempDir
    Path root;

    private static FileOutputIngestor ingestorFor(OutputStore store) {
        return new FileOutputIngestor(store);
    }

    private List<String> storedFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void storesPngWithThumbnailAndDescribesIt() throws Exception {
        LocalOutputStore store = new LocalOutputStore(root);
        byte[] png = TestImages.png(1024, 512);

        StoredOutput stored = ingestorFor(store).ingest(TARGET, 0, new EngineOutput.InlineBytes(png, "image/png"));

        assertThat(stored.index()).isZero();
        assertThat(stored.kind()).isEqualTo(MediaKind.IMAGE);
        assertThat(stored.storageKey()).isEqualTo("3/7/42/0.png");
        assertThat(stored.mimeType()).isEqualTo("image/png");
        assertThat(stored.width()).isEqualTo(1024);
        assertThat(stored.height()).isEqualTo(512);
        assertThat(stored.byteSize()).isEqualTo(png.length);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png)));
        assertThat(stored.thumbnailKey()).isEqualTo("3/7/42/thumbs/0.jpg");

        assertThat(Files.readAllBytes(root.resolve("3/7/42/0.png"))).isEqualTo(png);
        BufferedImage thumb = ImageIO.read(root.resolve("3/7/42/thumbs/0.jpg").toFile());
        assertThat(thumb.getWidth()).isEqualTo(256);
        assertThat(thumb.getHeight()).isEqualTo(128);
        assertThat(storedFiles()).containsExactly("3/7/42/0.png", "3/7/42/thumbs/0.jpg");
    }

    @Test
    void trustsMagicBytesOverTheMimeHint() throws IOException {
        byte[] jpeg = TestImages.encode(TestImages.gradient(300, 600, BufferedImage.TYPE_INT_RGB), "jpeg");

        StoredOutput stored = ingestorFor(new LocalOutputStore(root))
                .ingest(TARGET, 2, new EngineOutput.InlineBytes(jpeg, "image/png"));

        assertThat(stored.storageKey()).isEqualTo("3/7/42/2.jpg");
        assertThat(stored.mimeType()).isEqualTo("image/jpeg");
        assertThat(stored.width()).isEqualTo(300);
        assertThat(stored.height()).isEqualTo(600);
    }

    @Test
    void storesGif() throws IOException {
        byte[] gif = TestImages.encode(TestImages.gradient(100, 50, BufferedImage.TYPE_INT_RGB), "gif");
        StoredOutput stored = ingestorFor(new LocalOutputStore(root))
                .ingest(TARGET, 1, new EngineOutput.InlineBytes(gif, "image/gif"));
        assertThat(stored.storageKey()).isEqualTo("3/7/42/1.gif");
        assertThat(stored.width()).isEqualTo(100);
        assertThat(root.resolve(stored.thumbnailKey())).exists();
    }

    @Test
    void junkBytesAreRejectedAndNothingIsWritten() throws IOException {
        FileOutputIngestor ingestor = ingestorFor(new LocalOutputStore(root));
        byte[] junk = "<html>rate limited</html>".getBytes();

        assertThatThrownBy(() -> ingestor.ingest(TARGET, 0, new EngineOutput.InlineBytes(junk, "image/png")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("an HTML page");
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void truncatedPngIsRejectedAndNothingIsWritten() throws IOException {
        byte[] png = TestImages.png(400, 400);
        byte[] truncated = java.util.Arrays.copyOf(png, 40);
        assertThatThrownBy(() -> ingestorFor(new LocalOutputStore(root))
                .ingest(TARGET, 0, new EngineOutput.InlineBytes(truncated, "image/png")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("could not be decoded");
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void aBrokenWebpIsRejectedAndNothingIsWritten() throws IOException {
        byte[] webp = WebpDimensionsTest.webp("VP8 ", 0x30, 0x01, 0x00, 0x9d, 0x01, 0x2a, 0x80, 0x02, 0xe0, 0x01);
        assertThatThrownBy(() -> ingestorFor(new LocalOutputStore(root))
                .ingest(TARGET, 0, new EngineOutput.InlineBytes(webp, "image/webp")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("WEBP");
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void aFailedThumbnailWriteRemovesTheImageWrittenBeforeIt() throws IOException {
        OutputStore failingThumbs = new ThumbRefusingStore(new LocalOutputStore(root));

        assertThatThrownBy(() -> ingestorFor(failingThumbs)
                .ingest(TARGET, 0, new EngineOutput.InlineBytes(TestImages.png(512, 512), "image/png")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("disk full");
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void deleteAllRemovesTheGenerationsFilesOnly() throws IOException {
        FileOutputIngestor ingestor = ingestorFor(new LocalOutputStore(root));
        ingestor.ingest(TARGET, 0, new EngineOutput.InlineBytes(TestImages.png(300, 300), "image/png"));
        ingestor.ingest(TARGET, 1, new EngineOutput.InlineBytes(TestImages.png(300, 300), "image/png"));
        OutputTarget other = new OutputTarget(3, 7, 43);
        ingestor.ingest(other, 0, new EngineOutput.InlineBytes(TestImages.png(300, 300), "image/png"));

        ingestor.deleteAll(TARGET);

        assertThat(storedFiles()).containsExactly("3/7/43/0.png", "3/7/43/thumbs/0.jpg");
    }

    @Test
    void deletePrefixRemovesAWholeSession() throws IOException {
        FileOutputIngestor ingestor = ingestorFor(new LocalOutputStore(root));
        ingestor.ingest(TARGET, 0, new EngineOutput.InlineBytes(TestImages.png(300, 300), "image/png"));
        ingestor.ingest(new OutputTarget(3, 8, 50), 0, new EngineOutput.InlineBytes(TestImages.png(300, 300), "image/png"));

        ingestor.deletePrefix("3/7/");

        assertThat(storedFiles()).containsExactly("3/8/50/0.png", "3/8/50/thumbs/0.jpg");
    }

    /** Delegates to a real store but fails every thumbnail write, like a disk filling up mid-ingest. */
    private record ThumbRefusingStore(OutputStore delegate) implements OutputStore {
        @Override
        public String id() {
            return delegate.id();
        }

        @Override
        public void put(String key, Path source, String mimeType) throws IOException {
            if (key.contains("/thumbs/")) {
                throw new IOException("disk full");
            }
            delegate.put(key, source, mimeType);
        }

        @Override
        public InputStream open(String key) throws IOException {
            return delegate.open(key);
        }

        @Override
        public Path localPath(String key) throws IOException {
            return delegate.localPath(key);
        }

        @Override
        public void deletePrefix(String prefix) throws IOException {
            delegate.deletePrefix(prefix);
        }
    }
}
