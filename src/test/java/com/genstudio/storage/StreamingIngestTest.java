package com.genstudio.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.genstudio.domain.MediaKind;
import com.genstudio.engine.EngineOutput;
import com.genstudio.engine.OutputTarget;
import com.genstudio.engine.StoredOutput;
import com.genstudio.storage.ingest.IngestLimits;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every output form an engine can hand over, through the one ingest path, into a local store. */
class StreamingIngestTest {
    private static final OutputTarget TARGET = new OutputTarget(3, 7, 42);

    @TempDir
    Path root;
    @TempDir
    Path staging;

    private FileOutputIngestor ingestor() {
        return new FileOutputIngestor(new LocalOutputStore(root), new Thumbnailer(), IngestLimits.defaults(), staging);
    }

    private List<String> storedFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = StreamingIngestTest.class.getResourceAsStream("/ingest/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void bareBase64AndDataUrisAreDecodedIntoTheSameFile() throws IOException {
        byte[] png = TestImages.png(200, 100);
        String b64 = Base64.getEncoder().encodeToString(png);

        StoredOutput bare = ingestor().ingest(TARGET, 0, new EngineOutput.Base64Text(b64, "image/png"));
        StoredOutput uri = ingestor().ingest(TARGET, 1, new EngineOutput.Base64Text("data:image/png;base64," + b64, null));
        StoredOutput asUrl = ingestor().ingest(TARGET, 2, new EngineOutput.RemoteUrl("data:image/png;base64," + b64, null));
        StoredOutput streamed = ingestor().ingest(TARGET, 3, new EngineOutput.Base64Stream(
                new ByteArrayInputStream(("data:image/png;base64," + b64).getBytes()), null));

        for (StoredOutput s : List.of(bare, uri, asUrl, streamed)) {
            assertThat(s.width()).isEqualTo(200);
            assertThat(s.byteSize()).isEqualTo(png.length);
            assertThat(Files.readAllBytes(root.resolve(s.storageKey()))).isEqualTo(png);
        }
        assertThat(bare.sha256()).isEqualTo(uri.sha256()).isEqualTo(streamed.sha256());
    }

    @Test
    void malformedBase64FailsClearlyAndLeavesNothing() throws IOException {
        String b64 = Base64.getEncoder().encodeToString(TestImages.png(64, 64));
        String broken = b64.substring(0, 100) + "!" + b64.substring(100);
        assertThatThrownBy(() -> ingestor().ingest(TARGET, 0, new EngineOutput.Base64Text(broken, null)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("Malformed base64: unexpected character '!'");
        assertThatThrownBy(() -> ingestor().ingest(TARGET, 0, new EngineOutput.Base64Text("data:image/png,abc", null)))
                .hasMessageContaining("not base64-encoded");
        assertThat(storedFiles()).isEmpty();
        assertThat(Files.list(staging).toList()).isEmpty();
    }

    @Test
    void aByteStreamIsReadToTheEndAndClosed() throws IOException {
        byte[] jpeg = TestImages.encode(TestImages.gradient(120, 80, BufferedImage.TYPE_INT_RGB), "jpeg");
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(jpeg) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        StoredOutput s = ingestor().ingest(TARGET, 0, new EngineOutput.ByteStream(in, null));
        assertThat(s.mimeType()).isEqualTo("image/jpeg");
        assertThat(s.height()).isEqualTo(80);
        assertThat(closed[0]).isTrue();
    }

    @Test
    void webpIsDecodedForItsThumbnailLossyAndLosslessWithAlpha() throws IOException {
        StoredOutput lossy = ingestor().ingest(TARGET, 0,
                new EngineOutput.InlineBytes(resource("lossy-320x200.webp"), "image/webp"));
        StoredOutput alpha = ingestor().ingest(TARGET, 1,
                new EngineOutput.InlineBytes(resource("lossless-alpha-64x48.webp"), "image/webp"));

        assertThat(lossy.mimeType()).isEqualTo("image/webp");
        assertThat(lossy.storageKey()).isEqualTo("3/7/42/0.webp");
        assertThat(lossy.width()).isEqualTo(320);
        assertThat(lossy.height()).isEqualTo(200);
        BufferedImage thumb = ImageIO.read(root.resolve(lossy.thumbnailKey()).toFile());
        assertThat(thumb.getWidth()).isEqualTo(256);
        assertThat(thumb.getHeight()).isEqualTo(160);
        assertThat(alpha.width()).isEqualTo(64);
        assertThat(alpha.thumbnailKey()).endsWith(".png");
    }

    @Test
    void mp4IsStoredAsIsWithAPlaceholderThumbnail() throws IOException {
        byte[] mp4 = TestVideos.mp4(5_250, 1280, 720, 4096);
        StoredOutput s = ingestor().ingest(TARGET, 0, new EngineOutput.InlineBytes(mp4, "video/mp4"));

        assertThat(s.kind()).isEqualTo(MediaKind.VIDEO);
        assertThat(s.mimeType()).isEqualTo("video/mp4");
        assertThat(s.storageKey()).isEqualTo("3/7/42/0.mp4");
        assertThat(s.width()).isEqualTo(1280);
        assertThat(s.height()).isEqualTo(720);
        assertThat(Files.readAllBytes(root.resolve(s.storageKey()))).isEqualTo(mp4);
        BufferedImage thumb = ImageIO.read(root.resolve(s.thumbnailKey()).toFile());
        assertThat(thumb.getWidth()).isEqualTo(256);
        assertThat(thumb.getHeight()).isEqualTo(144);
    }

    @Test
    void webmIsStoredAsIs() throws IOException {
        StoredOutput s = ingestor().ingest(TARGET, 0, new EngineOutput.InlineBytes(TestVideos.webm(), null));
        assertThat(s.kind()).isEqualTo(MediaKind.VIDEO);
        assertThat(s.storageKey()).isEqualTo("3/7/42/0.webm");
        assertThat(root.resolve(s.thumbnailKey())).exists();
    }

    @Test
    void theSizeCapStopsAnOversizedPayload() throws IOException {
        FileOutputIngestor small = new FileOutputIngestor(new LocalOutputStore(root), new Thumbnailer(),
                IngestLimits.defaults().withCaps(10_000, 20_000), staging);
        assertThatThrownBy(() -> small.ingest(TARGET, 0, new EngineOutput.ByteStream(
                new ByteArrayInputStream(TestVideos.mp4(1000, 64, 64, 50_000)), null)))
                .hasMessageContaining("too large")
                .hasMessageContaining("for a video");
        assertThat(storedFiles()).isEmpty();
        assertThat(Files.list(staging).toList()).isEmpty();
    }
}
