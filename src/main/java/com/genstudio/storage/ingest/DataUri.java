package com.genstudio.storage.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads the {@code data:[mime][;base64],} header off a stream and leaves the stream at the payload. Only base64
 * payloads are accepted: a percent-encoded image would be a provider bug worth reporting, not guessing at.
 */
final class DataUri {
    private static final int MAX_HEADER = 512;
    private static final byte[] SCHEME = "data:".getBytes(StandardCharsets.US_ASCII);

    private DataUri() {
    }

    /** Base64 characters of {@code ascii} (with or without a data: header), decoded as they are read. */
    static OpenedSource decode(InputStream ascii, String mimeHint, String origin) throws IOException {
        PushbackInputStream in = new PushbackInputStream(ascii, SCHEME.length);
        byte[] start = in.readNBytes(SCHEME.length);
        String mime = mimeHint;
        if (new String(start, StandardCharsets.US_ASCII).equalsIgnoreCase("data:")) {
            mime = readHeader(in);
            origin = "data: URI";
        } else {
            in.unread(start);
        }
        return new OpenedSource(new Base64DecodingInputStream(in), mime, -1, origin);
    }

    static boolean isDataUri(CharSequence text) {
        return text.length() >= 5 && text.subSequence(0, 5).toString().equalsIgnoreCase("data:");
    }

    /** Returns the declared mime type; fails unless the header ends in ";base64,". */
    private static String readHeader(InputStream in) throws IOException {
        StringBuilder header = new StringBuilder();
        int c;
        while ((c = in.read()) != ',') {
            if (c < 0 || header.length() >= MAX_HEADER) {
                throw new IOException("Malformed data: URI: no ',' separating the header from the data");
            }
            header.append((char) c);
        }
        String h = header.toString().toLowerCase(Locale.ROOT);
        if (!h.endsWith(";base64")) {
            throw new IOException("Unsupported data: URI: the data is not base64-encoded (header 'data:"
                    + header + "')");
        }
        String mime = h.substring(0, h.length() - ";base64".length());
        int semicolon = mime.indexOf(';');
        return semicolon >= 0 ? mime.substring(0, semicolon) : mime;
    }
}
