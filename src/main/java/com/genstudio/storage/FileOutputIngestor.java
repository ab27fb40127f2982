package com.genstudio.storage;

import com.genstudio.domain.ImageSize;
import com.genstudio.domain.MediaKind;
import com.genstudio.engine.EngineOutput;
import com.genstudio.engine.OutputIngestor;
import com.genstudio.engine.OutputTarget;
import com.genstudio.engine.StoredOutput;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an engine's raw result into a stored image plus thumbnail in an {@link OutputStore}. Everything that can
 * fail (recognising, decoding, thumbnailing) happens in memory before the first write, and a failed thumbnail write
 * removes the image written just before it, so an output is stored completely or not at all.
 */
public final class FileOutputIngestor implements OutputIngestor {
    private static final Logger LOG = LoggerFactory.getLogger(FileOutputIngestor.class);

    private final OutputStore store;
    private final Thumbnailer thumbnailer;

    public FileOutputIngestor(OutputStore store, Thumbnailer thumbnailer) {
        this.store = store;
        this.thumbnailer = thumbnailer;
    }

    public FileOutputIngestor(OutputStore store) {
        this(store, new Thumbnailer());
    }

    @Override
    public StoredOutput ingest(OutputTarget target, int index, EngineOutput output) throws IOException {
        if (index < 0) {
            throw new IllegalArgumentException("Output index must be 0 or more, got " + index);
        }
        return switch (output) {
            case EngineOutput.InlineBytes inline -> ingestBytes(target, index, inline.bytes(), inline.mimeHint());
        };
    }

    private StoredOutput ingestBytes(OutputTarget target, int index, byte[] bytes, String mimeHint) throws IOException {
        ImageFormat format = ImageFormat.sniff(bytes).orElseThrow(() -> new IOException(
                "Output " + index + " is not a PNG, JPEG, WebP or GIF image (" + bytes.length + " bytes starting "
                        + ImageFormat.describeStart(bytes) + ")"));
        if (mimeHint != null && !mimeHint.isBlank() && !mimeHint.toLowerCase(Locale.ROOT).startsWith(format.mimeType())) {
            LOG.warn("Output {} was announced as {} but its content is {}; storing it as {}", index, mimeHint,
                    format.mimeType(), format.mimeType());
        }
        ImageSize size = format == ImageFormat.WEBP ? WebpDimensions.read(bytes) : null;
        BufferedImage image = decode(bytes, format, index);
        if (size == null) {
            size = new ImageSize(image.getWidth(), image.getHeight());
        }
        Thumbnail thumbnail = thumbnailer.create(image);

        String key = target.outputKey(index, format.extension());
        String thumbKey = target.thumbnailKey(index, thumbnail.format().extension());
        write(key, bytes, format.mimeType());
        try {
            write(thumbKey, thumbnail.bytes(), thumbnail.format().mimeType());
        } catch (IOException | RuntimeException e) {
            removeQuietly(key, e);
            throw e;
        }
        return new StoredOutput(index, MediaKind.IMAGE, key, format.mimeType(), size.width(), size.height(),
                bytes.length, sha256(bytes), thumbKey);
    }

    private static BufferedImage decode(byte[] bytes, ImageFormat format, int index) throws IOException {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new IOException("Output " + index + " looks like " + format + " but could not be decoded: "
                    + e.getMessage(), e);
        }
        if (image == null) {
            if (format == ImageFormat.WEBP) {
                throw new IOException("Output " + index + " is a WebP image, but no WebP decoder is installed to "
                        + "make its thumbnail");
            }
            throw new IOException("Output " + index + " looks like " + format + " but could not be decoded");
        }
        return image;
    }

    /** OutputStore takes files, so bytes go through a staging file that is always removed afterwards. */
    private void write(String key, byte[] bytes, String mimeType) throws IOException {
        Path staging = Files.createTempFile("genstudio-ingest-", ".tmp");
        try {
            Files.write(staging, bytes);
            store.put(key, staging, mimeType);
        } finally {
            Files.deleteIfExists(staging);
        }
    }

    private void removeQuietly(String key, Exception cause) {
        try {
            store.deletePrefix(key);
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void deleteAll(OutputTarget target) throws IOException {
        store.deletePrefix(target.prefix());
    }

    @Override
    public void deletePrefix(String prefix) throws IOException {
        store.deletePrefix(prefix);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK ships SHA-256", e);
        }
    }
}
