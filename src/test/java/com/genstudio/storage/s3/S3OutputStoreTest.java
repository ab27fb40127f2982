package com.genstudio.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.genstudio.config.S3Settings;
import com.genstudio.engine.EngineOutput;
import com.genstudio.engine.OutputTarget;
import com.genstudio.engine.StoredOutput;
import com.genstudio.storage.DiskCache;
import com.genstudio.storage.FileOutputIngestor;
import com.genstudio.storage.LocalOutputStore;
import com.genstudio.storage.TestVideos;
import com.genstudio.storage.Thumbnailer;
import com.genstudio.storage.TieredOutputStore;
import com.genstudio.storage.ingest.IngestLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The S3 store against a real S3-compatible server (S3Mock), with both checksum settings. */
class S3OutputStoreTest {
    @TempDir
    Path dir;

    static S3Settings settings(String prefix) {
        return new S3Settings(S3MockServer.BUCKET, prefix, "us-east-1", Optional.of(S3MockServer.shared().endpoint()),
                true, Optional.of("test-key"), Optional.of("test-secret"));
    }

    private S3OutputStore store(S3Clients.Checksums checksums, String prefix) throws IOException {
        S3Settings s = settings(prefix);
        return new S3OutputStore(S3Clients.create(s, checksums, S3Clients.Timeouts.defaults()), s,
                new DiskCache(dir.resolve("cache-" + UUID.randomUUID()), 50_000_000), S3OutputStore.MIN_PART,
                (int) S3OutputStore.MIN_PART);
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] read(S3OutputStore store, String key) throws IOException {
        try (InputStream in = store.open(key)) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @EnumSource(value = S3Clients.Checksums.class, names = {"WHEN_SUPPORTED", "WHEN_REQUIRED"})
    void uploadsReadsBackAndDeletesUnderThePrefix(S3Clients.Checksums checksums) throws IOException {
        String prefix = "run-" + UUID.randomUUID() + "/";
        try (S3OutputStore store = store(checksums, prefix)) {
            byte[] bytes = "hello s3".getBytes();
            store.put("3/42/0.png", file("a", bytes), "image/png");
            store.put("3/42/thumbs/0.jpg", file("b", new byte[]{1, 2}), "image/jpeg");
            store.put("3/43/0.png", file("c", bytes), "image/png");

            assertThat(read(store, "3/42/0.png")).isEqualTo(bytes);
            assertThat(store.uri("3/42/0.png")).isEqualTo("s3://" + S3MockServer.BUCKET + "/" + prefix + "3/42/0.png");
            store.deleteGeneration(new OutputTarget(3, 7, 42));
            assertThatThrownBy(() -> store.open("3/42/0.png")).isInstanceOf(NoSuchFileException.class);
            assertThat(store.size("3/42/thumbs/0.jpg")).isEqualTo(-1);
            assertThat(read(store, "3/43/0.png")).isEqualTo(bytes);
        }
    }

    @ParameterizedTest
    @EnumSource(value = S3Clients.Checksums.class, names = {"WHEN_SUPPORTED", "WHEN_REQUIRED"})
    void largeObjectsGoUpInParts(S3Clients.Checksums checksums) throws IOException {
        byte[] big = new byte[12 * 1024 * 1024 + 123];
        new Random(7).nextBytes(big);
        try (S3OutputStore store = store(checksums, "mp-" + UUID.randomUUID() + "/")) {
            store.put("1/1/0.mp4", file("big", big), "video/mp4");
            assertThat(store.size("1/1/0.mp4")).isEqualTo(big.length);
            assertThat(read(store, "1/1/0.mp4")).isEqualTo(big);
        }
    }

    @Test
    void localPathDownloadsOnceThenServesTheCachedCopy() throws IOException {
        String prefix = "cache-" + UUID.randomUUID() + "/";
        try (S3OutputStore store = store(S3Clients.Checksums.AUTO, prefix);
             S3OutputStore otherProcess = store(S3Clients.Checksums.AUTO, prefix)) {
            store.put("1/2/0.png", file("x", new byte[]{9, 8, 7}), "image/png");
            Path first = store.localPath("1/2/0.png");
            otherProcess.deletePrefix("1/2/0.png");
            assertThat(store.localPath("1/2/0.png")).as("served from the cache, not downloaded again")
                    .isEqualTo(first).hasBinaryContent(new byte[]{9, 8, 7});
            store.deletePrefix("1/2/");
            assertThatThrownBy(() -> store.localPath("1/2/0.png")).isInstanceOf(NoSuchFileException.class);
        }
    }

    @Test
    void ingestIntoS3UsesTheGenerationLayoutAndSessionDeletionLeavesObjectsAlone() throws IOException {
        String prefix = "ingest-" + UUID.randomUUID() + "/";
        try (S3OutputStore s3 = store(S3Clients.Checksums.AUTO, prefix)) {
            var tiered = new TieredOutputStore(s3, new LocalOutputStore(dir.resolve("local")));
            var ingestor = new FileOutputIngestor(tiered, new Thumbnailer(), IngestLimits.defaults(), dir.resolve("st"));
            OutputTarget target = new OutputTarget(3, 7, 42);
            StoredOutput out = ingestor.ingest(target, 0, new EngineOutput.InlineBytes(TestVideos.mp4(2000, 64, 64, 100), null));

            assertThat(out.storageKey()).isEqualTo("3/42/0.mp4");
            assertThat(out.thumbnailKey()).isEqualTo("3/42/thumbs/0.jpg");
            assertThat(s3.size("3/42/0.mp4")).isEqualTo(out.byteSize());
            assertThat(tiered.localPath(out.storageKey())).hasSize(out.byteSize());

            ingestor.deletePrefix("3/42/");
            assertThat(s3.size("3/42/0.mp4")).as("a session prefix never matches S3's generation keys").isPositive();
            ingestor.deleteAll(target);
            assertThat(s3.size("3/42/0.mp4")).isEqualTo(-1);
        }
    }

    @Test
    void aMissingBucketIsExplained() throws IOException {
        S3Settings s = new S3Settings("no-such-bucket", "", "us-east-1", Optional.of(S3MockServer.shared().endpoint()),
                true, Optional.of("k"), Optional.of("s"));
        try (var store = new S3OutputStore(S3Clients.create(s, S3Clients.Checksums.AUTO, S3Clients.Timeouts.defaults()),
                s, new DiskCache(dir.resolve("c"), 1000))) {
            assertThatThrownBy(() -> store.put("1/1/0.png", file("y", new byte[]{1}), "image/png"))
                    .hasMessageContaining("bucket 'no-such-bucket' does not exist");
        }
        assertThat(S3ConnectionTester.test(s, S3Clients.Checksums.AUTO, S3Clients.Timeouts.defaults()).message())
                .contains("does not exist");
        assertThat(S3ConnectionTester.test(settings("t/"), S3Clients.Checksums.AUTO, S3Clients.Timeouts.defaults()))
                .extracting(S3ConnectionTester.Result::ok).isEqualTo(true);
    }
}
