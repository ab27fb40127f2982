package com.genstudio.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.genstudio.config.S3Settings;
import com.genstudio.domain.Generation;
import com.genstudio.domain.GenerationParameters;
import com.genstudio.domain.GenerationStatus;
import com.genstudio.domain.ImageSize;
import com.genstudio.domain.Session;
import com.genstudio.engine.EngineOutput;
import com.genstudio.engine.OutputTarget;
import com.genstudio.engine.StoredOutput;
import com.genstudio.storage.DiskCache;
import com.genstudio.storage.FileOutputIngestor;
import com.genstudio.storage.LocalOutputStore;
import com.genstudio.storage.TestVideos;
import com.genstudio.storage.Thumbnailer;
import com.genstudio.storage.ingest.IngestLimits;
import com.genstudio.store.ClaimRepository;
import com.genstudio.store.Database;
import com.genstudio.store.GenerationRepository;
import com.genstudio.store.NewGeneration;
import com.genstudio.store.OutputRepository;
import com.genstudio.store.ProjectRepository;
import com.genstudio.store.SessionRepository;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mixed workload (bytes, base64, data: URI, URL download, video) ingested locally and recorded in a real
 * database, then moved to S3 with an interruption and a resume. Afterwards no column holds file bytes.
 */
class MoveToS3Test {
    @TempDir
    Path dir;
    private Database database;
    private OutputRepository outputs;
    private GenerationRepository generations;
    private ClaimRepository claims;
    private Session session;
    private LocalOutputStore local;
    private FileOutputIngestor ingestor;
    private final MockWebServer web = new MockWebServer();

    @BeforeEach
    void open() throws IOException {
        database = Database.open(dir.resolve("db"), () -> false);
        Clock clock = Clock.systemUTC();
        var jdbc = database.jdbc();
        outputs = new OutputRepository(jdbc, clock);
        generations = new GenerationRepository(jdbc, clock);
        claims = new ClaimRepository(jdbc, clock);
        var project = new ProjectRepository(jdbc, clock).insert("p");
        session = new SessionRepository(jdbc, clock).insert(project.id(), "s");
        local = new LocalOutputStore(dir.resolve("outputs"));
        ingestor = new FileOutputIngestor(local, new Thumbnailer(), IngestLimits.defaults(), dir.resolve("staging"));
        web.start();
    }

    @AfterEach
    void close() {
        web.close();
        database.close();
    }

    private static byte[] png(int seed) throws IOException {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(new Color(seed * 40 % 255, 90, 200));
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** One generation whose outputs came in every form an engine can return, recorded like the job runner does. */
    private void generateMixed(int n) throws IOException {
        var params = new GenerationParameters(5, new ImageSize(64, 48), 1, Map.of());
        Generation g = generations.insertQueued(new NewGeneration(session.id(), "mix " + n, "",
                "builtin", "abstract", params, null)).orElseThrow();
        claims.claim(g.id(), "me", null, Duration.ofMinutes(1));
        generations.transition(g.id(), GenerationStatus.QUEUED, GenerationStatus.RUNNING, "Starting", null, "me");
        web.enqueue(new MockResponse.Builder().code(200).body(new Buffer().write(png(n + 3))).build());
        List<EngineOutput> results = List.of(
                new EngineOutput.InlineBytes(png(n), "image/png"),
                new EngineOutput.Base64Text(Base64.getEncoder().encodeToString(png(n + 1)), "image/png"),
                new EngineOutput.RemoteUrl("data:image/png;base64," + Base64.getEncoder().encodeToString(png(n + 2)), null),
                new EngineOutput.RemoteUrl(web.url("/out.png").toString(), null),
                new EngineOutput.InlineBytes(TestVideos.mp4(3000, 320, 240, 5000), "video/mp4"));
        OutputTarget target = new OutputTarget(session.projectId(), session.id(), g.id());
        List<OutputRepository.NewOutput> rows = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            StoredOutput s = ingestor.ingest(target, i, results.get(i));
            rows.add(new OutputRepository.NewOutput(s.index(), s.kind(), local.id(), s.storageKey(), s.mimeType(),
                    s.width(), s.height(), s.byteSize(), s.sha256(), s.thumbnailKey()));
        }
        generations.succeed(g.id(), session.projectId(), "me", rows, outputs).orElseThrow();
    }

    @Test
    void movesEverythingWithAnInterruptionAndResumeAndTheDatabaseHoldsOnlyReferences() throws Exception {
        generateMixed(1);
        generateMixed(2);
        assertThat(outputs.countInStore("local")).isEqualTo(10);

        String prefix = "move-" + UUID.randomUUID() + "/";
        S3Settings settings = S3OutputStoreTest.settings(prefix);
        try (S3OutputStore s3 = new S3OutputStore(S3Clients.create(settings, S3Clients.Checksums.AUTO,
                S3Clients.Timeouts.defaults()), settings, new DiskCache(dir.resolve("cache"), 10_000_000))) {
            MoveToS3 mover = new MoveToS3(outputs, local, s3);
            AtomicInteger seen = new AtomicInteger();
            List<MoveToS3.Progress> progress = new ArrayList<>();

            MoveToS3.Report first = mover.run(p -> {
                progress.add(p);
                seen.incrementAndGet();
            }, () -> seen.get() >= 4);
            assertThat(first.stopped()).isTrue();
            assertThat(first.moved()).isEqualTo(4);
            assertThat(progress.getLast()).isEqualTo(new MoveToS3.Progress(4, 10, progress.getLast().currentKey()));
            assertThat(outputs.countInStore("local")).isEqualTo(6);

            MoveToS3.Report rest = mover.run(p -> { }, () -> false);
            assertThat(rest.stopped()).isFalse();
            assertThat(rest.moved()).isEqualTo(6);
            assertThat(rest.problems()).isEmpty();
            assertThat(outputs.countInStore("local")).isZero();
            assertThat(outputs.countInStore("s3")).isEqualTo(10);

            for (var ref : outputs.inStore("s3", 0, 100)) {
                assertThat(ref.storageKey()).matches(session.projectId() + "/" + ref.generationId() + "/\\d\\.(png|mp4)");
                assertThat(ref.thumbnailKey()).contains("/thumbs/");
                try (InputStream in = s3.open(ref.storageKey())) {
                    assertThat(in.readAllBytes()).hasSize((int) ref.byteSize());
                }
            }
            try (var files = Files.walk(dir.resolve("outputs"))) {
                assertThat(files.filter(Files::isRegularFile).toList()).as("local copies removed after the switch")
                        .isEmpty();
            }
        }
        assertNoColumnHoldsFileBytes();
    }

    /** Every text or binary value in every table is short and is neither base64 nor raw image data. */
    private void assertNoColumnHoldsFileBytes() throws Exception {
        try (Connection c = database.dataSource().getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[]{"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).contains("OUTPUTS", "GENERATIONS");
            int values = 0;
            for (String table : tables) {
                try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            Object v = rs.getObject(i);
                            if (v instanceof byte[] bytes) {
                                assertThat(bytes.length).as(table + " binary column").isLessThan(256);
                            } else if (v != null) {
                                String s = v.toString();
                                values++;
                                assertThat(s.length()).as(table + "." + rs.getMetaData().getColumnName(i)).isLessThan(1024);
                                assertThat(s).doesNotContain("base64,").doesNotStartWith("iVBOR").doesNotStartWith("/9j/")
                                        .doesNotContain("PNG\r\n");
                            }
                        }
                    }
                }
            }
            assertThat(values).isGreaterThan(50);
        }
    }
}
