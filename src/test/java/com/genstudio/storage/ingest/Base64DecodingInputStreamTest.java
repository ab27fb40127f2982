package com.genstudio.storage.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Base64DecodingInputStreamTest {

    private static byte[] decode(String text) throws IOException {
        try (var in = new Base64DecodingInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)))) {
            return in.readAllBytes();
        }
    }

    @Test
    void decodesEveryLengthLikeTheJdk() throws IOException {
        Random random = new Random(1);
        for (int length = 0; length < 70; length++) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            assertThat(decode(Base64.getEncoder().encodeToString(data))).isEqualTo(data);
            assertThat(decode(Base64.getUrlEncoder().withoutPadding().encodeToString(data))).isEqualTo(data);
            assertThat(decode(Base64.getMimeEncoder().encodeToString(data))).isEqualTo(data);
        }
    }

    @Test
    void malformedCharactersFailWithTheirPosition() {
        assertThatThrownBy(() -> decode("iVBORw0K*GgoAAAA"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("Malformed base64")
                .hasMessageContaining("'*'")
                .hasMessageContaining("character 9");
    }

    @Test
    void dataAfterPaddingAndDanglingCharactersFail() {
        assertThatThrownBy(() -> decode("QQ==QUFB")).hasMessageContaining("after '=' padding");
        assertThatThrownBy(() -> decode("QUFBQ")).hasMessageContaining("dangling");
    }
}
