package com.genstudio.bench;

import com.genstudio.domain.ImageSize;
import com.genstudio.providers.builtin.BuiltinStyle;
import com.genstudio.providers.builtin.ProceduralRenderer;
import com.genstudio.providers.builtin.RenderRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The thumbnail figure's inputs: a detailed 1024×1024 image from the built-in engine, the app's own kind of output. */
final class ThumbnailInputs {
    /**
     * The same image as {@link #png1024()} as a lossy WebP (45 KB). The JDK and the app only decode WebP, so it
     * was made once with {@code cwebp -q 80} (libwebp 1.2.4) from that PNG and committed as a test resource.
     */
    static final String WEBP_RESOURCE = "flow-1024.webp";

    private ThumbnailInputs() {}

    static byte[] png1024() {
        return new ProceduralRenderer().renderPng(new RenderRequest("a river of light through a dark forest", "",
                BuiltinStyle.FLOW, new ImageSize(1024, 1024), 1234, 0));
    }

    static byte[] webp1024() {
        try (InputStream in = ThumbnailInputs.class.getResourceAsStream(WEBP_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + WEBP_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WebP written to a temporary file, for the paths that read from disk as ingest does. */
    static Path webp1024File() throws IOException {
        Path file = Files.createTempFile("genstudio-bench-", ".webp");
        file.toFile().deleteOnExit();
        return Files.write(file, webp1024());
    }
}
