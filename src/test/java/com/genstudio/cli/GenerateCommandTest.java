package com.genstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.genstudio.domain.Generation;
import com.genstudio.domain.GenerationStatus;
import com.genstudio.domain.Session;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void waitJsonDescribesTheStoredPngs() throws Exception {
        CliHarness.Result r = new CliHarness(home).run("generate", "--prompt", "red circle", "--engine",
                FlatColorEngine.ID, "--count", "2", "--size", "320x256", "--seed", "7", "--wait", "--json");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode g = JSON.readTree(r.out());
        assertThat(g.get("status").asText()).isEqualTo("succeeded");
        assertThat(g.get("prompt").asText()).isEqualTo("red circle");
        assertThat(g.get("engine").asText()).isEqualTo(FlatColorEngine.ID);
        assertThat(g.get("model").asText()).isEqualTo(FlatColorEngine.MODEL);
        assertThat(g.get("seed").asLong()).isEqualTo(7);
        assertThat(g.get("error").isNull()).isTrue();
        assertThat(g.get("outputs")).hasSize(2);
        for (JsonNode o : g.get("outputs")) {
            Path file = Path.of(o.get("path").asText());
            assertThat(file).isAbsolute().exists();
            BufferedImage image = ImageIO.read(file.toFile());
            assertThat(image.getWidth()).isEqualTo(320).isEqualTo(o.get("width").asInt());
            assertThat(image.getHeight()).isEqualTo(256).isEqualTo(o.get("height").asInt());
            assertThat(o.get("mime").asText()).isEqualTo("image/png");
            assertThat(o.get("bytes").asLong()).isEqualTo(Files.size(file));
            assertThat(o.get("sha256").asText()).hasSize(64);
            assertThat(Path.of(o.get("thumbnail").asText())).exists();
            assertThat(o.get("uri").isNull()).as("local storage: no remote address").isTrue();
        }
    }

    @Test
    void withS3StorageJsonGivesEachOutputsObjectNextToItsCachedFile() throws Exception {
        var s3 = S3TestStorage.useS3Mock(home);
        CliHarness.Result r = new CliHarness(home).run("generate", "--prompt", "to the bucket", "--engine",
                FlatColorEngine.ID, "--count", "2", "--wait", "--json");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode g = JSON.readTree(r.out());
        for (JsonNode o : g.get("outputs")) {
            // {prefix}{project}/{generation}/{index}.{ext}
            assertThat(o.get("uri").asText()).matches(java.util.regex.Pattern.quote("s3://" + s3.bucket() + "/"
                    + s3.prefix()) + "\\d+/" + g.get("id").asLong() + "/" + o.get("index").asInt() + "\\.png");
            Path cached = Path.of(o.get("path").asText());
            assertThat(cached).isAbsolute().exists().hasSize(o.get("bytes").asLong());
            assertThat(cached.startsWith(home.resolve("outputs"))).as("read from the cache, not stored locally").isFalse();
        }
    }

    @Test
    void waitReportsProgressOnStderrAndPathsOnStdout() {
        CliHarness.Result r = new CliHarness(home).run("generate", "--prompt", "blue square", "--engine",
                FlatColorEngine.ID, "--wait");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("succeeded");
        assertThat(r.outLines().getFirst()).endsWith(" succeeded");
        assertThat(Path.of(r.outLines().get(1).strip())).exists();
    }

    @Test
    void waitRunsOnlyItsOwnGenerationAndLeavesTheBacklogQueued() {
        CliHarness harness = new CliHarness(home);
        CliHarness.Result queued = harness.run("generate", "--prompt", "backlog", "--engine", FlatColorEngine.ID);
        long backlog = Long.parseLong(queued.out().split(" ")[0]);

        CliHarness.Result r = harness.run("generate", "--prompt", "mine", "--engine", FlatColorEngine.ID, "--wait");

        assertThat(r.exit()).as(r.err()).isZero();
        harness.inspect(studio -> assertThat(studio.generations().find(backlog).orElseThrow().status())
                .isEqualTo(GenerationStatus.QUEUED));
    }

    @Test
    void withoutProjectOrSessionItLandsWhereTheStudioOpens() {
        CliHarness harness = new CliHarness(home);
        harness.inspect(studio -> studio.library().findOrCreate("Alpha", "Main"));

        CliHarness.Result r = harness.run("generate", "--prompt", "for the open window", "--engine", FlatColorEngine.ID);

        long id = Long.parseLong(r.out().split(" ")[0]);
        harness.inspect(studio -> {
            Session opened = studio.library().ensureDefault();
            assertThat(opened.name()).isEqualTo("Main");
            assertThat(studio.generations().find(id).orElseThrow().sessionId()).isEqualTo(opened.id());
        });
    }

    @Test
    void withoutWaitTheGenerationStaysQueuedInTheDefaultSession() {
        CliHarness harness = new CliHarness(home);
        CliHarness.Result r = harness.run("generate", "--prompt", "green hill", "--engine", FlatColorEngine.ID);

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).matches("\\d+ queued\\R");
        long id = Long.parseLong(r.out().split(" ")[0]);
        harness.inspect(studio -> {
            Session cli = studio.library().findOrCreate(SessionTarget.DEFAULT_PROJECT, SessionTarget.DEFAULT_SESSION);
            Generation g = studio.generations().find(id).orElseThrow();
            assertThat(g.sessionId()).isEqualTo(cli.id());
            assertThat(g.status()).isEqualTo(GenerationStatus.QUEUED);
        });
    }

    @Test
    void namedProjectAndSessionAreCreatedOnceAndReused() {
        CliHarness harness = new CliHarness(home);
        String[] args = {"generate", "--prompt", "a", "--engine", FlatColorEngine.ID, "--project", "Posters",
                "--session", "Night"};

        assertThat(harness.run(args).exit()).isZero();
        assertThat(harness.run(args).exit()).isZero();

        harness.inspect(studio -> {
            assertThat(studio.library().projects()).extracting("name").containsExactly("Posters");
            long projectId = studio.library().projects().getFirst().id();
            List<Session> sessions = studio.library().sessions(projectId);
            assertThat(sessions).extracting("name").containsExactly("Night");
            assertThat(studio.generations().history(sessions.getFirst().id(), null, 10).items()).hasSize(2);
        });
    }

    @Test
    void waitEndsWithFailureWhenTheGenerationIsCancelledElsewhere() throws Exception {
        CliHarness harness = new CliHarness(home);
        harness.engine().hold(true);
        CompletableFuture<CliHarness.Result> waiting = CompletableFuture.supplyAsync(() -> harness.run("generate",
                "--prompt", "slow", "--engine", FlatColorEngine.ID, "--wait"));
        long id = awaitRunningGeneration(harness);

        assertThat(harness.run("cancel", String.valueOf(id)).exit()).isZero();

        CliHarness.Result r = waiting.get(30, TimeUnit.SECONDS);
        assertThat(r.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).contains("Generation " + id + ": running 50% (painting)");
        assertThat(r.errLines().getLast()).isEqualTo("Generation " + id + " cancelled");
    }

    /** Waits on the engine itself: a second studio opened in this JVM while the command opens its own timed out here. */
    private static long awaitRunningGeneration(CliHarness harness) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !harness.engine().polledGenerations().isEmpty());
        return harness.engine().polledGenerations().iterator().next();
    }

    @Test
    void aFailedGenerationExitsNonZeroWithItsError() throws Exception {
        CliHarness.Result r = new CliHarness(home).run("generate", "--prompt", "please fail", "--engine",
                FlatColorEngine.ID, "--wait", "--json");

        assertThat(r.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(JSON.readTree(r.out()).get("status").asText()).isEqualTo("failed");
        assertThat(r.errLines()).singleElement().asString().contains("failed", FlatColorEngine.FAILURE);
    }
}
