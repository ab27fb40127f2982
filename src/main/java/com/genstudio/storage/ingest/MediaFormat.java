package com.genstudio.storage.ingest;

import com.genstudio.domain.MediaKind;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Every format ingest stores, recognised by its leading magic bytes rather than by what a server or engine claims. */
public enum MediaFormat {
    PNG(MediaKind.IMAGE, "image/png", "png"),
    JPEG(MediaKind.IMAGE, "image/jpeg", "jpg"),
    WEBP(MediaKind.IMAGE, "image/webp", "webp"),
    GIF(MediaKind.IMAGE, "image/gif", "gif"),
    MP4(MediaKind.VIDEO, "video/mp4", "mp4"),
    WEBM(MediaKind.VIDEO, "video/webm", "webm");

    /** How many leading bytes {@link #sniff} needs to see. */
    public static final int HEAD_BYTES = 64;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] EBML = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};

    private final MediaKind kind;
    private final String mimeType;
    private final String extension;

    MediaFormat(MediaKind kind, String mimeType, String extension) {
        this.kind = kind;
        this.mimeType = mimeType;
        this.extension = extension;
    }

    public MediaKind kind() {
        return kind;
    }

    public String mimeType() {
        return mimeType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<MediaFormat> sniff(byte[] head) {
        if (startsWith(head, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, ascii("GIF87a")) || startsWith(head, 0, ascii("GIF89a"))) {
            return Optional.of(GIF);
        }
        if (startsWith(head, 0, ascii("RIFF")) && startsWith(head, 8, ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        // ISO base media: a box size, then "ftyp" (mp4, m4v, mov-compatible brands all play as MP4).
        if (startsWith(head, 4, ascii("ftyp"))) {
            return Optional.of(MP4);
        }
        if (startsWith(head, 0, EBML) && contains(head, ascii("webm"))) {
            return Optional.of(WEBM);
        }
        return Optional.empty();
    }

    /** Explains content that is not a supported format, in words a user can act on. */
    public static String describeUnsupported(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        if (text.startsWith("<!doctype html") || text.startsWith("<html") || text.startsWith("<head")
                || text.startsWith("<body") || (text.startsWith("<") && text.contains("html"))) {
            return "an HTML page (often an error or login page) instead of an image or video";
        }
        if (text.startsWith("{") || text.startsWith("[")) {
            return "JSON text (probably an error message) instead of an image or video";
        }
        if (text.startsWith("<?xml") || text.startsWith("<error")) {
            return "an XML document (probably an error message) instead of an image or video";
        }
        if (head.length == 0) {
            return "no data at all";
        }
        if (startsWith(head, 0, EBML)) {
            return "a Matroska file that is not WebM; only MP4 and WebM videos are supported";
        }
        return "content that is not a PNG, JPEG, WebP, GIF, MP4 or WebM file (it starts with " + hex(head) + ")";
    }

    private static String hex(byte[] head) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(head.length, 8); i++) {
            sb.append(String.format("%02x ", head[i] & 0xFF));
        }
        return sb.toString().trim();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (startsWith(haystack, i, needle)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] expected) {
        return bytes.length >= offset + expected.length
                && Arrays.equals(bytes, offset, offset + expected.length, expected, 0, expected.length);
    }
}
