package com.genstudio.storage.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads an MP4's duration (movie header {@code mvhd}) and frame size (first track header {@code tkhd} with a
 * non-zero size) by walking the box tree, without decoding any video. Unknown values stay empty/zero.
 */
public final class Mp4Probe {
    private static final int MAX_BOXES = 10_000;

    public record VideoInfo(Optional<Duration> duration, int width, int height) {}

    private Duration duration;
    private int width;
    private int height;
    private int boxes;

    private Mp4Probe() {
    }

    public static VideoInfo read(Path file) {
        Mp4Probe probe = new Mp4Probe();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            probe.walk(ch, 0, ch.size());
        } catch (IOException | RuntimeException e) {
            // A damaged header only costs the placeholder its duration; the file is still stored as is.
        }
        return new VideoInfo(Optional.ofNullable(probe.duration), probe.width, probe.height);
    }

    private void walk(FileChannel ch, long from, long to) throws IOException {
        long pos = from;
        while (pos + 8 <= to && boxes++ < MAX_BOXES) {
            ByteBuffer header = read(ch, pos, 16);
            long size = Integer.toUnsignedLong(header.getInt(0));
            String type = new String(new byte[]{header.get(4), header.get(5), header.get(6), header.get(7)},
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            int headerLength = 8;
            if (size == 1) {
                size = header.getLong(8);
                headerLength = 16;
            } else if (size == 0) {
                size = to - pos;
            }
            if (size < headerLength || pos + size > to) {
                return;
            }
            long body = pos + headerLength;
            switch (type) {
                case "moov", "trak" -> walk(ch, body, pos + size);
                case "mvhd" -> movieHeader(read(ch, body, (int) Math.min(size - headerLength, 32)));
                case "tkhd" -> trackHeader(read(ch, body, (int) Math.min(size - headerLength, 100)));
                default -> { }
            }
            pos += size;
        }
    }

    private void movieHeader(ByteBuffer b) {
        int version = b.get(0);
        long timescale = Integer.toUnsignedLong(version == 1 ? b.getInt(20) : b.getInt(12));
        long units = version == 1 ? b.getLong(24) : Integer.toUnsignedLong(b.getInt(16));
        if (timescale > 0 && units > 0 && units != 0xFFFFFFFFL) {
            duration = Duration.ofMillis(units * 1000 / timescale);
        }
    }

    private void trackHeader(ByteBuffer b) {
        int version = b.get(0);
        int sizeAt = version == 1 ? 88 : 76;
        if (b.limit() >= sizeAt + 8 && width == 0) {
            width = b.getInt(sizeAt) >>> 16;
            height = b.getInt(sizeAt + 4) >>> 16;
        }
    }

    private static ByteBuffer read(FileChannel ch, long at, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (ch.read(buffer, at + buffer.position()) < 0) {
                break;
            }
        }
        return buffer.flip();
    }
}
