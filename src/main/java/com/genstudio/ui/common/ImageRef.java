package com.genstudio.ui.common;

import com.genstudio.domain.Generation;
import com.genstudio.domain.MediaKind;
import com.genstudio.domain.Output;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An output (image or video) with its files already resolved (resolution may do I/O, so it happens in background
 * work). {@code thumbnail} is the small rendition when storage made one (a poster frame or placeholder for videos),
 * else the file itself.
 */
public record ImageRef(long generationId, int index, Path file, Path thumbnail, int width, int height,
                       String caption, String mimeType) {

    public boolean isVideo() {
        return mimeType != null && mimeType.startsWith("video/");
    }

    public String fileUri() {
        return file.toUri().toString();
    }

    public String thumbnailUri() {
        return thumbnail.toUri().toString();
    }

    /** The outputs of one generation, resolved to files. Background threads only. */
    public static List<ImageRef> of(Generation generation, OutputFiles files) throws IOException {
        List<ImageRef> refs = new ArrayList<>();
        for (Output output : generation.outputs()) {
            refs.add(of(output, generation.prompt(), files));
        }
        return List.copyOf(refs);
    }

    public static ImageRef of(Output output, String caption, OutputFiles files) throws IOException {
        Path file = files.localPath(output.storageKey());
        Path thumb = output.thumbnailKey() == null || output.thumbnailKey().isBlank()
                ? file : files.localPath(output.thumbnailKey());
        return new ImageRef(output.generationId(), output.index(), file, thumb, output.width(), output.height(),
                caption, output.mimeType() != null ? output.mimeType()
                        : output.kind() == MediaKind.VIDEO ? "video/mp4" : "image/png");
    }
}
