package com.genstudio.storage.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Decodes base64 (standard or URL-safe alphabet, padding optional, line breaks and spaces ignored) while it is
 * read, so a 100 MB payload needs a few kilobytes of buffer instead of a decoded copy. Any other character fails
 * with its position, because silently skipping it (as a MIME decoder would) turns a corrupt payload into a
 * corrupt image.
 */
public final class Base64DecodingInputStream extends InputStream {
    private static final int[] VALUE = new int[128];

    static {
        java.util.Arrays.fill(VALUE, -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            VALUE[alphabet.charAt(i)] = i;
        }
        VALUE['-'] = 62;
        VALUE['_'] = 63;
    }

    private final InputStream ascii;
    private final byte[] in = new byte[16 * 1024];
    private int inPos;
    private int inLen;
    private long position;
    private final byte[] out = new byte[3];
    private int outPos;
    private int outLen;
    private boolean padded;
    private boolean ended;

    public Base64DecodingInputStream(InputStream ascii) {
        this.ascii = ascii;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int written = 0;
        while (written < len) {
            if (outPos < outLen) {
                int n = Math.min(len - written, outLen - outPos);
                System.arraycopy(out, outPos, b, off + written, n);
                outPos += n;
                written += n;
                continue;
            }
            if (ended || !decodeQuantum()) {
                ended = true;
                break;
            }
        }
        return written == 0 ? -1 : written;
    }

    /** Decodes the next 4 characters (fewer at the end) into {@link #out}; false at the end of the input. */
    private boolean decodeQuantum() throws IOException {
        int bits = 0;
        int count = 0;
        while (count < 4) {
            int c = nextChar();
            if (c < 0) {
                break;
            }
            if (c == '=') {
                padded = true;
                continue;
            }
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                continue;
            }
            if (padded) {
                throw new IOException("Malformed base64: data continues after '=' padding at character " + position);
            }
            int v = c < 128 ? VALUE[c] : -1;
            if (v < 0) {
                throw new IOException("Malformed base64: unexpected character '" + printable(c) + "' at character "
                        + position);
            }
            bits = bits << 6 | v;
            count++;
        }
        switch (count) {
            case 0 -> {
                return false;
            }
            case 1 -> throw new IOException("Malformed base64: the data ends with a dangling character (truncated?)");
            case 2 -> {
                out[0] = (byte) (bits >> 4);
                outLen = 1;
            }
            case 3 -> {
                out[0] = (byte) (bits >> 10);
                out[1] = (byte) (bits >> 2);
                outLen = 2;
            }
            default -> {
                out[0] = (byte) (bits >> 16);
                out[1] = (byte) (bits >> 8);
                out[2] = (byte) bits;
                outLen = 3;
            }
        }
        outPos = 0;
        return true;
    }

    private int nextChar() throws IOException {
        if (inPos == inLen) {
            inLen = ascii.read(in, 0, in.length);
            inPos = 0;
            if (inLen <= 0) {
                inLen = 0;
                return -1;
            }
        }
        position++;
        return in[inPos++] & 0xFF;
    }

    private static String printable(int c) {
        return c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\x%02x", c);
    }

    @Override
    public void close() throws IOException {
        ascii.close();
    }
}
