package com.genstudio.storage;

import com.genstudio.domain.MediaKind;
import com.genstudio.engine.EngineOutput;
import com.genstudio.engine.OutputIngestor;
import com.genstudio.engine.OutputTarget;
import com.genstudio.engine.StoredOutput;
import com.genstudio.storage.ingest.ImageProbe;
import com.genstudio.storage.ingest.IngestLimits;
import com.genstudio.storage.ingest.MediaFormat;
import com.genstudio.storage.ingest.Mp4Probe;
import com.genstudio.storage.ingest.OpenedSource;
import com.genstudio.storage.ingest.SourceOpener;
import com.genstudio.storage.ingest.StagedFile;
import com.genstudio.storage.ingest.Staging;
import com.genstudio.storage.ingest.UrlDownloader;
import com.genstudio.storage.ingest.VideoPlaceholder;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one ingest path every engine's results take: open the output (bytes, stream, base64, data: URI or URL),
 * stage it to a temp file while hashing it and checking its magic bytes and size cap, make its thumbnail, then
 * store both. Nothing reaches the store until the whole output has been read and understood, and a failed
 * thumbnail write removes the output written before it, so an output is stored completely or not at all.
 */
public final class FileOutputIngestor implements OutputIngestor {
    private static final Logger LOG = LoggerFactory.getLogger(FileOutputIngestor.class);
    private static final Pattern SESSION_PREFIX = Pattern.compile("(\\d+)/(\\d+)/");

    private final OutputStore store;
    private final Thumbnailer thumbnailer;
    private final IngestLimits limits;
    private final SourceOpener sources;
    private final Staging staging;

    public FileOutputIngestor(OutputStore store, Thumbnailer thumbnailer, IngestLimits limits, Path stagingDir) {
        this.store = store;
        this.thumbnailer = thumbnailer;
        this.limits = limits;
        this.sources = new SourceOpener(new UrlDownloader(limits));
        this.staging = new Staging(stagingDir);
    }

    public FileOutputIngestor(OutputStore store, Thumbnailer thumbnailer) {
        this(store, thumbnailer, IngestLimits.defaults(), Path.of(System.getProperty("java.io.tmpdir"), "genstudio"));
    }

    public FileOutputIngestor(OutputStore store) {
        this(store, new Thumbnailer());
    }

    @Override
    public StoredOutput ingest(OutputTarget target, int index, EngineOutput output) throws IOException {
        if (index < 0) {
            throw new IllegalArgumentException("Output index must be 0 or more, got " + index);
        }
        StagedFile staged;
        try (OpenedSource source = sources.open(output)) {
            staged = staging.stage(source, limits);
            warnOnMismatch(index, source.mimeHint(), staged.format());
        }
        try {
            return store(target, index, staged);
        } finally {
            Files.deleteIfExists(staged.path());
        }
    }

    private StoredOutput store(OutputTarget target, int index, StagedFile staged) throws IOException {
        MediaFormat format = staged.format();
        int width;
        int height;
        Thumbnail thumbnail;
        if (format.kind() == MediaKind.IMAGE) {
            ImageProbe.Probed probed = ImageProbe.read(staged.path(), format, Thumbnailer.DEFAULT_MAX_SIDE);
            width = probed.width();
            height = probed.height();
            thumbnail = thumbnailer.create(probed.preview());
        } else {
            Mp4Probe.VideoInfo info = format == MediaFormat.MP4 ? Mp4Probe.read(staged.path())
                    : new Mp4Probe.VideoInfo(java.util.Optional.empty(), 0, 0);
            width = info.width();
            height = info.height();
            BufferedImage poster = VideoPlaceholder.draw(width, height, info.duration(),
                    format.name(), Thumbnailer.DEFAULT_MAX_SIDE);
            thumbnail = thumbnailer.create(poster);
        }
        KeyLayout layout = store.layout();
        String key = layout.outputKey(target, index, format.extension());
        String thumbKey = layout.thumbnailKey(target, index, thumbnail.format().extension());
        store.put(key, staged.path(), format.mimeType());
        try {
            writeThumbnail(thumbKey, thumbnail);
        } catch (IOException | RuntimeException e) {
            removeQuietly(key, e);
            throw e;
        }
        return new StoredOutput(index, format.kind(), key, format.mimeType(), width, height, staged.size(),
                staged.sha256(), thumbKey);
    }

    private void writeThumbnail(String key, Thumbnail thumbnail) throws IOException {
        Path temp = Files.createTempFile("genstudio-thumb-", "." + thumbnail.format().extension());
        try {
            Files.write(temp, thumbnail.bytes());
            store.put(key, temp, thumbnail.format().mimeType());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void warnOnMismatch(int index, String hint, MediaFormat actual) {
        if (hint != null && !hint.isBlank() && !hint.toLowerCase(Locale.ROOT).startsWith(actual.mimeType())
                && !hint.toLowerCase(Locale.ROOT).startsWith("application/octet-stream")) {
            LOG.warn("Output {} was announced as {} but its content is {}; storing it as {}", index, hint,
                    actual.mimeType(), actual.mimeType());
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
        store.deleteGeneration(target);
    }

    /** A session prefix ({@code "3/7/"}) goes through the store's session rule; anything else is a plain prefix. */
    @Override
    public void deletePrefix(String prefix) throws IOException {
        Matcher session = SESSION_PREFIX.matcher(prefix);
        if (session.matches()) {
            store.deleteSession(Long.parseLong(session.group(1)), Long.parseLong(session.group(2)));
        } else {
            store.deletePrefix(prefix);
        }
    }
}
