package com.genstudio.storage;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Minimal but well-formed MP4 and WebM containers: enough boxes for format sniffing and the header probe. */
public final class TestVideos {
    private TestVideos() {
    }

    /** ftyp + moov(mvhd, trak(tkhd)) + mdat of {@code payload} bytes. */
    public static byte[] mp4Header(long durationMs, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(box("ftyp", concat("isom".getBytes(StandardCharsets.US_ASCII), new byte[]{0, 0, 2, 0},
                "isomiso2mp41".getBytes(StandardCharsets.US_ASCII))));
        ByteBuffer mvhd = ByteBuffer.allocate(100);
        mvhd.putInt(0).putInt(0).putInt(0).putInt(1000).putInt((int) durationMs);
        ByteBuffer tkhd = ByteBuffer.allocate(84);
        tkhd.position(76);
        tkhd.putInt(width << 16).putInt(height << 16);
        out.writeBytes(box("moov", concat(box("mvhd", mvhd.array()), box("trak", box("tkhd", tkhd.array())))));
        return out.toByteArray();
    }

    public static byte[] mp4(long durationMs, int width, int height, int payload) {
        return concat(mp4Header(durationMs, width, height), box("mdat", new byte[payload]));
    }

    /** EBML header declaring the "webm" doc type, then some filler. */
    public static byte[] webm() {
        byte[] docType = concat(new byte[]{0x42, (byte) 0x82, (byte) 0x84}, "webm".getBytes(StandardCharsets.US_ASCII));
        byte[] header = concat(new byte[]{0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) (0x80 | docType.length)}, docType);
        return concat(header, new byte[2048]);
    }

    static byte[] box(String type, byte[] body) {
        ByteBuffer b = ByteBuffer.allocate(8 + body.length);
        b.putInt(8 + body.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(body);
        return b.array();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
