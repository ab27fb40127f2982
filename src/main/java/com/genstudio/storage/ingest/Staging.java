package com.genstudio.storage.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Copies a source to a temp file while hashing and counting it. The format is decided from the first bytes before
 * anything is written, so an HTML error page is refused without touching the disk, and the size cap of that
 * format's kind stops a runaway body as soon as it is crossed.
 */
public final class Staging {
    private static final int BUFFER = 64 * 1024;
    private final Path directory;

    public Staging(Path directory) {
        this.directory = directory;
    }

    public StagedFile stage(OpenedSource source, IngestLimits limits) throws IOException {
        InputStream in = source.stream();
        byte[] head = readHead(in, source);
        MediaFormat format = MediaFormat.sniff(head).orElseThrow(() -> new IOException(
                capitalise(source.origin()) + " returned " + MediaFormat.describeUnsupported(head)));
        long cap = limits.capFor(format.kind());
        if (source.declaredLength() > cap) {
            throw tooLarge(source, format, source.declaredLength(), cap);
        }
        Files.createDirectories(directory);
        Path temp = Files.createTempFile(directory, "ingest-", "." + format.extension());
        try {
            MessageDigest sha = sha256();
            long size = head.length;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                out.write(head);
                byte[] buffer = new byte[BUFFER];
                int n;
                while ((n = read(in, buffer, source, size)) > 0) {
                    size += n;
                    if (size > cap) {
                        throw tooLarge(source, format, size, cap);
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (source.declaredLength() >= 0 && size != source.declaredLength()) {
                throw new IOException(capitalise(source.origin()) + " was cut off: got " + size + " of "
                        + source.declaredLength() + " bytes");
            }
            return new StagedFile(temp, format, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    private static byte[] readHead(InputStream in, OpenedSource source) throws IOException {
        try {
            return in.readNBytes(MediaFormat.HEAD_BYTES);
        } catch (IOException e) {
            throw reading(source, 0, e);
        }
    }

    private static int read(InputStream in, byte[] buffer, OpenedSource source, long sizeSoFar) throws IOException {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw reading(source, sizeSoFar, e);
        }
    }

    /** Base64 errors already explain themselves; transport errors get the place and progress added. */
    private static IOException reading(OpenedSource source, long sizeSoFar, IOException e) {
        if (e.getMessage() != null && e.getMessage().startsWith("Malformed base64")) {
            return new IOException(e.getMessage(), e);
        }
        String expected = source.declaredLength() >= 0 ? " of " + source.declaredLength() : "";
        return new IOException(capitalise(source.origin()) + " broke off after " + sizeSoFar + expected
                + " bytes: " + e.getMessage(), e);
    }

    private static IOException tooLarge(OpenedSource source, MediaFormat format, long size, long cap) {
        return new IOException(capitalise(source.origin()) + " is too large: more than " + mb(cap) + " for a "
                + format.kind().dbValue() + " (" + (size > cap ? "at least " : "") + mb(size) + ")");
    }

    private static String mb(long bytes) {
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK ships SHA-256", e);
        }
    }
}
