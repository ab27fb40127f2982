package com.genstudio.storage.s3;

import com.genstudio.config.S3Settings;
import com.genstudio.storage.DiskCache;
import com.genstudio.storage.KeyLayout;
import com.genstudio.storage.OutputStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Outputs as objects in an S3-compatible bucket. Keys given to this store are logical ({@code 3/42/0.png}); the
 * configured prefix is added here, so the database never depends on it. Objects above the multipart threshold go
 * up in parts (an upload that fails is aborted so no orphan parts are billed). Reads of whole files go through a
 * size-capped local cache, so the viewer never downloads the same object twice while it stays cached.
 */
public final class S3OutputStore implements OutputStore, AutoCloseable {
    public static final long MIN_PART = 5L * 1024 * 1024;

    private final S3Client s3;
    private final S3Settings settings;
    private final DiskCache cache;
    private final long multipartThreshold;
    private final int partSize;

    public S3OutputStore(S3Client s3, S3Settings settings, DiskCache cache, long multipartThreshold, int partSize) {
        if (partSize < MIN_PART) {
            throw new IllegalArgumentException("S3 parts must be at least 5 MB");
        }
        this.s3 = s3;
        this.settings = settings;
        this.cache = cache;
        this.multipartThreshold = Math.max(multipartThreshold, partSize);
        this.partSize = partSize;
    }

    public S3OutputStore(S3Client s3, S3Settings settings, DiskCache cache) {
        this(s3, settings, cache, 16 * 1024 * 1024, 8 * 1024 * 1024);
    }

    @Override
    public String id() {
        return "s3";
    }

    @Override
    public KeyLayout layout() {
        return KeyLayout.BY_GENERATION;
    }

    public S3Settings settings() {
        return settings;
    }

    /** The object's address for scripts, e.g. {@code s3://bucket/genstudio/3/42/0.png}. */
    public String uri(String key) {
        return "s3://" + settings.bucket() + "/" + objectKey(key);
    }

    @Override
    public java.util.Optional<String> remoteUri(String key) {
        return java.util.Optional.of(uri(key));
    }

    public String objectKey(String key) {
        return settings.prefix() + key;
    }

    @Override
    public void put(String key, Path source, String mimeType) throws IOException {
        long size = Files.size(source);
        try {
            if (size > multipartThreshold) {
                putMultipart(objectKey(key), source, size, mimeType);
            } else {
                s3.putObject(b -> b.bucket(settings.bucket()).key(objectKey(key)).contentType(mimeType)
                        .contentLength(size), RequestBody.fromFile(source));
            }
        } catch (SdkException e) {
            throw S3Problems.explain("Could not upload " + uri(key), settings, e);
        }
    }

    private void putMultipart(String objectKey, Path source, long size, String mimeType) throws IOException {
        String uploadId = s3.createMultipartUpload(b -> b.bucket(settings.bucket()).key(objectKey)
                .contentType(mimeType)).uploadId();
        try (FileChannel ch = FileChannel.open(source, StandardOpenOption.READ)) {
            List<CompletedPart> parts = new ArrayList<>();
            ByteBuffer buffer = ByteBuffer.allocate(partSize);
            for (int number = 1; (long) (number - 1) * partSize < size; number++) {
                buffer.clear();
                long offset = (long) (number - 1) * partSize;
                while (buffer.hasRemaining() && ch.read(buffer, offset + buffer.position()) > 0) {
                    // fill the part
                }
                buffer.flip();
                int partNumber = number;
                String etag = s3.uploadPart(b -> b.bucket(settings.bucket()).key(objectKey).uploadId(uploadId)
                        .partNumber(partNumber).contentLength((long) buffer.remaining()),
                        RequestBody.fromByteBuffer(buffer)).eTag();
                parts.add(CompletedPart.builder().partNumber(partNumber).eTag(etag).build());
            }
            s3.completeMultipartUpload(b -> b.bucket(settings.bucket()).key(objectKey).uploadId(uploadId)
                    .multipartUpload(m -> m.parts(parts)));
        } catch (IOException | RuntimeException e) {
            try {
                s3.abortMultipartUpload(b -> b.bucket(settings.bucket()).key(objectKey).uploadId(uploadId));
            } catch (RuntimeException abortFailed) {
                e.addSuppressed(abortFailed);
            }
            throw e;
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return s3.getObject(b -> b.bucket(settings.bucket()).key(objectKey(key)));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(uri(key));
        } catch (SdkException e) {
            throw S3Problems.explain("Could not read " + uri(key), settings, e);
        }
    }

    /** Size of the stored object, or -1 when there is none. */
    public long size(String key) throws IOException {
        try {
            return s3.headObject(b -> b.bucket(settings.bucket()).key(objectKey(key))).contentLength();
        } catch (NoSuchKeyException e) {
            return -1;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return -1;
            }
            throw S3Problems.explain("Could not inspect " + uri(key), settings, e);
        } catch (SdkException e) {
            throw S3Problems.explain("Could not inspect " + uri(key), settings, e);
        }
    }

    @Override
    public Path localPath(String key) throws IOException {
        return cache.get(key, this::open);
    }

    @Override
    public void deletePrefix(String prefix) throws IOException {
        if (prefix == null || prefix.isEmpty()) {
            throw new IllegalArgumentException("Refusing to delete with an empty prefix: that would remove every output");
        }
        try {
            for (var page : s3.listObjectsV2Paginator(b -> b.bucket(settings.bucket()).prefix(objectKey(prefix)))) {
                List<ObjectIdentifier> ids = page.contents().stream().map(S3Object::key)
                        .map(k -> ObjectIdentifier.builder().key(k).build()).toList();
                if (!ids.isEmpty()) {
                    var result = s3.deleteObjects(b -> b.bucket(settings.bucket())
                            .delete(Delete.builder().objects(ids).quiet(true).build()));
                    if (!result.errors().isEmpty()) {
                        throw new IOException("Could not delete " + result.errors().size() + " objects under "
                                + uri(prefix) + ": " + result.errors().getFirst().message());
                    }
                }
            }
            cache.invalidatePrefix(prefix);
        } catch (SdkException e) {
            throw S3Problems.explain("Could not delete " + uri(prefix), settings, e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
