package com.genstudio.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.genstudio.engine.EngineOutput;
import com.genstudio.engine.OutputTarget;
import com.genstudio.engine.StoredOutput;
import com.genstudio.storage.ingest.IngestLimits;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads of provider result links against a scripted HTTP server: success, faults, and hostile answers. */
class UrlIngestTest {
    private static final OutputTarget TARGET = new OutputTarget(1, 2, 3);

    @TempDir
    Path root;
    @TempDir
    Path staging;
    private final MockWebServer server = new MockWebServer();
    private FileOutputIngestor ingestor;

    @BeforeEach
    void start() throws IOException {
        server.start();
        IngestLimits limits = IngestLimits.defaults().withRetries(3, Duration.ofMillis(10))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)).withCaps(200_000, 400_000);
        ingestor = new FileOutputIngestor(new LocalOutputStore(root), new Thumbnailer(), limits, staging);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private StoredOutput download(String path) throws IOException {
        return ingestor.ingest(TARGET, 0, new EngineOutput.RemoteUrl(server.url(path).toString(), null));
    }

    private static MockResponse ok(byte[] body, String type) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", type).body(new Buffer().write(body)).build();
    }

    private static MockResponse status(int code) {
        return new MockResponse.Builder().code(code).body("error").build();
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> a = Files.walk(root); Stream<Path> b = Files.walk(staging)) {
            return Stream.concat(a, b).filter(Files::isRegularFile).map(Path::toString).toList();
        }
    }

    @Test
    void downloadsAndIdentifiesByMagicBytesNotContentType() throws IOException {
        byte[] png = TestImages.png(90, 60);
        server.enqueue(ok(png, "application/octet-stream"));
        StoredOutput s = download("/files/out-0.png?token=secret");
        assertThat(s.mimeType()).isEqualTo("image/png");
        assertThat(s.width()).isEqualTo(90);
        assertThat(Files.readAllBytes(root.resolve(s.storageKey()))).isEqualTo(png);
    }

    @Test
    void serverErrorsAreRetriedUntilTheServerRecovers() throws Exception {
        server.enqueue(status(503));
        server.enqueue(status(500));
        server.enqueue(ok(TestImages.png(40, 40), "image/png"));
        assertThat(download("/flaky").width()).isEqualTo(40);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void persistentServerErrorsFailAfterTheLastAttempt() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(status(502));
        }
        assertThatThrownBy(() -> download("/down")).hasMessageContaining("HTTP 502")
                .hasMessageContaining("gave up after 3 attempts");
    }

    @Test
    void forbiddenFailsAtOnceWithAReason() throws IOException {
        server.enqueue(status(403));
        assertThatThrownBy(() -> download("/expired?sig=abc"))
                .hasMessageContaining("refused (HTTP 403)")
                .hasMessageContaining("expired")
                .hasMessageNotContaining("sig=abc");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void connectionRefusedFailsClearly() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertThatThrownBy(() -> ingestor.ingest(TARGET, 0,
                new EngineOutput.RemoteUrl("http://127.0.0.1:" + port + "/x.png", null)))
                .hasMessageContaining("Could not connect to 127.0.0.1:" + port);
    }

    @Test
    void aTruncatedDownloadFailsAndLeavesNoHalfFile() throws IOException {
        byte[] png = TestImages.png(300, 300);
        server.enqueue(new MockResponse.Builder().code(200).body(new Buffer().write(png))
                .onResponseBody(new SocketEffect.CloseSocket(true, false, false)).build());
        assertThatThrownBy(() -> download("/cut")).isInstanceOf(IOException.class)
                .hasMessageContaining("Download from");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void anHtmlPageIsRejected() throws IOException {
        server.enqueue(ok("<!DOCTYPE html><html><body>Sign in</body></html>".getBytes(), "image/png"));
        assertThatThrownBy(() -> download("/login")).hasMessageContaining("an HTML page");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void anOversizedBodyIsRejectedWhetherAnnouncedOrNot() throws IOException {
        byte[] big = TestVideos.mp4(1000, 64, 64, 500_000);
        server.enqueue(ok(big, "video/mp4"));
        assertThatThrownBy(() -> download("/big")).hasMessageContaining("too large");
        server.enqueue(new MockResponse.Builder().code(200).chunkedBody(new Buffer().write(big), 8192).build());
        assertThatThrownBy(() -> download("/big-chunked")).hasMessageContaining("too large");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void redirectsAreFollowedButBounded() throws IOException {
        server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "/final").build());
        server.enqueue(ok(TestImages.png(20, 20), "image/png"));
        assertThat(download("/start").width()).isEqualTo(20);

        for (int i = 0; i < 7; i++) {
            server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "/loop" + i).build());
        }
        assertThatThrownBy(() -> download("/loop")).hasMessageContaining("redirected more than 5 times");
    }

    @Test
    void otherSchemesAreRefusedBeforeAnyAccess() {
        for (String url : List.of("file:///etc/passwd", "ftp://example.com/a.png", "jar:file:/x.jar!/a.png", "x.png")) {
            assertThatThrownBy(() -> ingestor.ingest(TARGET, 0, new EngineOutput.RemoteUrl(url, null)))
                    .hasMessageContaining("Refusing to download");
        }
    }
}
