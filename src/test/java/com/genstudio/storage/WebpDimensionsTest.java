package com.genstudio.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.genstudio.domain.ImageSize;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebpDimensionsTest {

    /** A RIFF/WEBP container whose first chunk is {@code fourcc} with the given payload, padded to 32 bytes. */
    static byte[] webp(String fourcc, int... payload) {
        byte[] b = new byte[32];
        put(b, 0, "RIFF");
        put(b, 8, "WEBP");
        put(b, 12, fourcc);
        b[16] = (byte) payload.length;
        for (int i = 0; i < payload.length; i++) {
            b[20 + i] = (byte) payload[i];
        }
        return b;
    }

    private static void put(byte[] b, int at, String ascii) {
        byte[] s = ascii.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(s, 0, b, at, s.length);
    }

    @Test
    void readsLossyHeader() throws IOException {
        // frame tag, start code 9d 01 2a, width 640 (0x0280), height 480 (0x01e0)
        byte[] b = webp("VP8 ", 0x30, 0x01, 0x00, 0x9d, 0x01, 0x2a, 0x80, 0x02, 0xe0, 0x01);
        assertThat(WebpDimensions.read(b)).isEqualTo(new ImageSize(640, 480));
    }

    @Test
    void readsLosslessHeader() throws IOException {
        int w = 1024 - 1;
        int h = 512 - 1;
        int bits = w | h << 14;
        byte[] b = webp("VP8L", 0x2f, bits & 0xFF, bits >>> 8 & 0xFF, bits >>> 16 & 0xFF, bits >>> 24 & 0xFF);
        assertThat(WebpDimensions.read(b)).isEqualTo(new ImageSize(1024, 512));
    }

    @Test
    void readsExtendedHeader() throws IOException {
        int w = 2048 - 1;
        int h = 1152 - 1;
        byte[] b = webp("VP8X", 0x10, 0, 0, 0, w & 0xFF, w >>> 8 & 0xFF, w >>> 16, h & 0xFF, h >>> 8 & 0xFF, h >>> 16);
        assertThat(WebpDimensions.read(b)).isEqualTo(new ImageSize(2048, 1152));
    }

    @Test
    void rejectsTruncatedAndUnknownChunks() {
        assertThatThrownBy(() -> WebpDimensions.read(new byte[12])).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> WebpDimensions.read(webp("ALPH", 0))).hasMessageContaining("ALPH");
        assertThatThrownBy(() -> WebpDimensions.read(webp("VP8 ", 0, 0, 0, 1, 2, 3))).hasMessageContaining("start code");
    }
}
