package com.genstudio.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.genstudio.config.S3Settings;
import com.genstudio.storage.DiskCache;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** S3 answers scripted byte for byte: transient errors are retried, the others explained in plain words. */
class S3FaultsTest {
    private static final S3Clients.Timeouts FAST = new S3Clients.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5),
            Duration.ofSeconds(20), Duration.ofSeconds(5));
    @TempDir
    Path dir;
    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private S3Settings settings(String endpoint) {
        return new S3Settings("bucket", "", "us-east-1", Optional.of(endpoint), true, Optional.of("AKIDEXAMPLE1234"),
                Optional.of("secret"));
    }

    private S3OutputStore store(S3Settings s) throws IOException {
        return new S3OutputStore(S3Clients.create(s, S3Clients.Checksums.AUTO, FAST), s, new DiskCache(dir.resolve("c"), 1000));
    }

    private static MockResponse error(int code, String s3Code) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/xml")
                .body("<?xml version=\"1.0\"?><Error><Code>" + s3Code + "</Code><Message>m</Message></Error>").build();
    }

    @Test
    void serverErrorsAreRetriedUntilTheUploadSucceeds() throws IOException {
        server.enqueue(error(503, "SlowDown"));
        server.enqueue(error(500, "InternalError"));
        server.enqueue(new MockResponse.Builder().code(200).setHeader("ETag", "\"abc\"").build());
        try (S3OutputStore store = store(settings(server.url("/").toString()))) {
            store.put("1/2/0.png", Files.write(dir.resolve("f"), new byte[]{1, 2, 3}), "image/png");
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void forbiddenIsExplained() throws IOException {
        server.enqueue(error(403, "AccessDenied"));
        try (S3OutputStore store = store(settings(server.url("/").toString()))) {
            assertThatThrownBy(() -> store.put("1/2/0.png", Files.write(dir.resolve("f"), new byte[]{1}), "image/png"))
                    .hasMessageContaining("access denied");
        }
    }

    @Test
    void connectionTestNamesBadCredentialsWrongRegionAndUnreachableEndpoints() throws IOException {
        String endpoint = server.url("/").toString();
        server.enqueue(error(403, "InvalidAccessKeyId"));
        assertThat(S3ConnectionTester.test(settings(endpoint), S3Clients.Checksums.AUTO, FAST).message())
                .contains("bad credentials").doesNotContain("secret");
        server.enqueue(error(403, "SignatureDoesNotMatch"));
        assertThat(S3ConnectionTester.test(settings(endpoint), S3Clients.Checksums.AUTO, FAST).message())
                .contains("secret access key is wrong");
        server.enqueue(new MockResponse.Builder().code(301).setHeader("x-amz-bucket-region", "eu-west-3").build());
        assertThat(S3ConnectionTester.test(settings(endpoint), S3Clients.Checksums.AUTO, FAST).message())
                .contains("wrong region");

        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        var result = S3ConnectionTester.test(settings("http://127.0.0.1:" + closedPort), S3Clients.Checksums.AUTO, FAST);
        assertThat(result.ok()).isFalse();
        assertThat(result.message()).contains("cannot reach http://127.0.0.1:" + closedPort);
    }
}
