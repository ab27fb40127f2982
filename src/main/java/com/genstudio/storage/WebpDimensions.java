package com.genstudio.storage;

import com.genstudio.domain.ImageSize;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads a WebP image's canvas size from its first chunk header. The JDK has no WebP decoder, and the size is all
 * the database needs, so parsing the three header variants (lossy, lossless, extended) avoids a codec dependency.
 */
public final class WebpDimensions {
    private static final int CHUNK_DATA = 20;

    private WebpDimensions() {
    }

    public static ImageSize read(byte[] bytes) throws IOException {
        if (bytes.length < 30) {
            throw new IOException("WebP data is too short to hold an image header (" + bytes.length + " bytes)");
        }
        String chunk = new String(bytes, 12, 4, StandardCharsets.US_ASCII);
        return switch (chunk) {
            case "VP8 " -> lossy(bytes);
            case "VP8L" -> lossless(bytes);
            case "VP8X" -> extended(bytes);
            default -> throw new IOException("WebP data starts with an unexpected chunk '" + chunk.strip() + "'");
        };
    }

    private static ImageSize lossy(byte[] b) throws IOException {
        // 3-byte frame tag, then the key-frame start code 9d 01 2a, then 14-bit width and height.
        if ((b[CHUNK_DATA + 3] & 0xFF) != 0x9D || (b[CHUNK_DATA + 4] & 0xFF) != 0x01 || (b[CHUNK_DATA + 5] & 0xFF) != 0x2A) {
            throw new IOException("WebP lossy header is missing its key-frame start code");
        }
        int width = u16(b, CHUNK_DATA + 6) & 0x3FFF;
        int height = u16(b, CHUNK_DATA + 8) & 0x3FFF;
        return checked(width, height);
    }

    private static ImageSize lossless(byte[] b) throws IOException {
        if ((b[CHUNK_DATA] & 0xFF) != 0x2F) {
            throw new IOException("WebP lossless header is missing its signature byte");
        }
        int bits = u16(b, CHUNK_DATA + 1) | u16(b, CHUNK_DATA + 3) << 16;
        return checked((bits & 0x3FFF) + 1, ((bits >>> 14) & 0x3FFF) + 1);
    }

    private static ImageSize extended(byte[] b) throws IOException {
        return checked(u24(b, CHUNK_DATA + 4) + 1, u24(b, CHUNK_DATA + 7) + 1);
    }

    private static ImageSize checked(int width, int height) throws IOException {
        if (width <= 0 || height <= 0) {
            throw new IOException("WebP header declares an empty image (" + width + "x" + height + ")");
        }
        return new ImageSize(width, height);
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int u24(byte[] b, int at) {
        return u16(b, at) | (b[at + 2] & 0xFF) << 16;
    }
}
