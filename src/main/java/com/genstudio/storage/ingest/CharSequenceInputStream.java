package com.genstudio.storage.ingest;

import java.io.InputStream;

/** Reads an ASCII CharSequence as bytes without copying it (non-ASCII characters become '?', which base64 rejects). */
final class CharSequenceInputStream extends InputStream {
    private final CharSequence text;
    private int pos;

    CharSequenceInputStream(CharSequence text, int start) {
        this.text = text;
        this.pos = start;
    }

    @Override
    public int read() {
        return pos < text.length() ? toByte(text.charAt(pos++)) : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        int n = Math.min(len, text.length() - pos);
        if (n <= 0) {
            return -1;
        }
        for (int i = 0; i < n; i++) {
            b[off + i] = (byte) toByte(text.charAt(pos++));
        }
        return n;
    }

    private static int toByte(char c) {
        return c < 128 ? c : '?';
    }
}
