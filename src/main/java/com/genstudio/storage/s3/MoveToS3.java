package com.genstudio.storage.s3;

import com.genstudio.engine.OutputTarget;
import com.genstudio.storage.KeyLayout;
import com.genstudio.storage.LocalOutputStore;
import com.genstudio.store.OutputRepository;
import com.genstudio.store.OutputRepository.StoredRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves outputs from local files to the bucket, one at a time: upload, read the object back and compare its
 * sha256 with the database's, switch the database reference, and only then delete the local files. Stopping at any
 * point leaves every output either fully local or fully moved, so running it again resumes where it stopped.
 */
public final class MoveToS3 {
    private static final Logger LOG = LoggerFactory.getLogger(MoveToS3.class);
    private static final int BATCH = 100;

    /** Reported after each output; {@code done} counts moved and failed ones. */
    public record Progress(int done, int total, String currentKey) {}

    public record Report(int moved, int failed, boolean stopped, List<String> problems) {}

    private final OutputRepository outputs;
    private final LocalOutputStore local;
    private final S3OutputStore s3;

    public MoveToS3(OutputRepository outputs, LocalOutputStore local, S3OutputStore s3) {
        this.outputs = outputs;
        this.local = local;
        this.s3 = s3;
    }

    public int pending() {
        return outputs.countInStore(local.id());
    }

    public Report run(Consumer<Progress> progress, BooleanSupplier stopRequested) {
        int total = pending();
        int moved = 0;
        List<String> problems = new ArrayList<>();
        long after = 0;
        while (true) {
            List<StoredRef> batch = outputs.inStore(local.id(), after, BATCH);
            if (batch.isEmpty()) {
                return new Report(moved, problems.size(), false, problems);
            }
            for (StoredRef ref : batch) {
                if (stopRequested.getAsBoolean()) {
                    return new Report(moved, problems.size(), true, problems);
                }
                after = ref.id();
                try {
                    if (move(ref)) {
                        moved++;
                    }
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Could not move output {} ({}) to S3", ref.id(), ref.storageKey(), e);
                    problems.add(ref.storageKey() + ": " + e.getMessage());
                }
                progress.accept(new Progress(moved + problems.size(), total, ref.storageKey()));
            }
        }
    }

    private boolean move(StoredRef ref) throws IOException {
        Path file = local.localPath(ref.storageKey());
        if (!Files.isRegularFile(file)) {
            throw new IOException("the local file is missing, nothing to move");
        }
        OutputTarget target = new OutputTarget(ref.projectId(), 0, ref.generationId());
        String key = KeyLayout.BY_GENERATION.outputKey(target, ref.index(), extension(ref.storageKey()));
        s3.put(key, file, ref.mimeType());
        verify(key, ref.sha256(), ref.byteSize());
        String thumbKey = null;
        Path thumb = ref.thumbnailKey() == null ? null : local.localPath(ref.thumbnailKey());
        if (thumb != null && Files.isRegularFile(thumb)) {
            thumbKey = KeyLayout.BY_GENERATION.thumbnailKey(target, ref.index(), extension(ref.thumbnailKey()));
            s3.put(thumbKey, thumb, Files.probeContentType(thumb) != null ? Files.probeContentType(thumb) : "image/jpeg");
            verify(thumbKey, sha256(thumb), Files.size(thumb));
        }
        if (!outputs.relocate(ref.id(), ref.storeId(), ref.storageKey(), s3.id(), key, thumbKey)) {
            // Deleted or moved meanwhile: the uploaded copies belong to nobody.
            s3.deletePrefix(key);
            if (thumbKey != null) {
                s3.deletePrefix(thumbKey);
            }
            return false;
        }
        Files.deleteIfExists(file);
        if (thumb != null) {
            Files.deleteIfExists(thumb);
        }
        return true;
    }

    private void verify(String key, String expectedSha, long expectedSize) throws IOException {
        long size = s3.size(key);
        if (size != expectedSize) {
            throw new IOException("the uploaded copy of " + key + " has " + size + " bytes, expected " + expectedSize);
        }
        String actual;
        try (InputStream in = s3.open(key)) {
            actual = sha256(in);
        }
        if (!actual.equalsIgnoreCase(expectedSha)) {
            throw new IOException("the uploaded copy of " + key + " does not match its checksum; the local file is kept");
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        }
    }

    private static String sha256(InputStream in) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (DigestInputStream d = new DigestInputStream(in, md)) {
                d.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK ships SHA-256", e);
        }
    }

    private static String extension(String key) {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? "bin" : key.substring(dot + 1);
    }
}
