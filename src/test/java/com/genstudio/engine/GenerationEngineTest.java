package com.genstudio.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.genstudio.app.Studio;
import com.genstudio.app.StudioOptions;
import com.genstudio.config.AppPaths;
import com.genstudio.domain.Generation;
import com.genstudio.domain.GenerationRequest;
import com.genstudio.domain.GenerationStatus;
import com.genstudio.domain.ImageSize;
import com.genstudio.domain.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationEngineTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    @TempDir
    Path home;
    final FakeEngine fake = new FakeEngine("fake", 8, Duration.ofMillis(15));
    Studio studio;
    final RecordingListener events = new RecordingListener();

    private Studio open(int concurrency) {
        studio = Studio.open(StudioOptions.defaults(new AppPaths(home)).withConcurrency(concurrency)
                .withEngines(List.of(fake)));
        studio.generations().subscribe(events);
        return studio;
    }

    @AfterEach
    void close() {
        if (studio != null) {
            studio.close();
        }
    }

    private GenerationRequest request(Session s, String prompt, int count) {
        return new GenerationRequest(s.id(), prompt, "", "fake", null, count, new ImageSize(256, 256), 42L, Map.of());
    }

    private Generation awaitStatus(long id, GenerationStatus status) {
        await().atMost(WAIT).until(() -> studio.generations().find(id).orElseThrow().status() == status);
        return studio.generations().find(id).orElseThrow();
    }

    @Test
    void submitReturnsQueuedAtOnceAndTheWorkerTakesItToSucceededWithStoredOutputs() throws Exception {
        Session s = open(2).library().ensureDefault();
        Generation queued = studio.generations().submit(request(s, "orange fox", 2));
        assertThat(queued.status()).isEqualTo(GenerationStatus.QUEUED);
        assertThat(events.statusesOf(queued.id())).containsExactly(GenerationStatus.QUEUED);

        studio.startWorkers();
        Generation done = awaitStatus(queued.id(), GenerationStatus.SUCCEEDED);

        assertThat(done.progress()).isEqualTo(1.0);
        assertThat(done.modelId()).isEqualTo("m1");
        assertThat(done.outputs()).hasSize(2);
        for (var output : done.outputs()) {
            Path file = studio.outputStore().localPath(output.storageKey());
            assertThat(file).exists();
            assertThat(Files.size(file)).isEqualTo(output.byteSize());
            assertThat(output.storageKey()).isEqualTo(s.projectId() + "/" + s.id() + "/" + done.id() + "/"
                    + output.index() + ".png");
            assertThat(studio.outputStore().localPath(output.thumbnailKey())).exists();
        }
        await().atMost(WAIT).until(() -> events.statusesOf(queued.id()).contains(GenerationStatus.SUCCEEDED));
        assertThat(events.statusesOf(queued.id())).containsExactly(GenerationStatus.QUEUED, GenerationStatus.RUNNING,
                GenerationStatus.SUCCEEDED);
        List<Double> progress = events.of(queued.id()).stream().map(Generation::progress).toList();
        assertThat(progress).isSorted();
        assertThat(progress.stream().filter(p -> p > 0 && p < 1)).isNotEmpty();
        assertThat(events.of(queued.id()).getLast().outputs()).hasSize(2);
    }

    @Test
    void aFailedGenerationCarriesTheEnginesMessage() {
        fake.mode(FakeEngine.Mode.FAIL_HALFWAY);
        Session s = open(1).library().ensureDefault();
        studio.startWorkers();
        Generation g = studio.generations().submit(request(s, "doomed", 1));
        Generation failed = awaitStatus(g.id(), GenerationStatus.FAILED);
        assertThat(failed.errorMessage()).startsWith("Fake failure at step");
        assertThat(failed.outputs()).isEmpty();
    }

    @Test
    void cancelWhileQueuedNeverReachesTheEngine() {
        Session s = open(1).library().ensureDefault();
        Generation g = studio.generations().submit(request(s, "never mind", 1));
        Generation cancelled = studio.generations().cancel(g.id());
        assertThat(cancelled.status()).isEqualTo(GenerationStatus.CANCELLED);
        studio.startWorkers();
        Generation other = studio.generations().submit(request(s, "this one runs", 1));
        awaitStatus(other.id(), GenerationStatus.SUCCEEDED);
        assertThat(fake.submits(g.id())).isZero();
        assertThat(studio.generations().find(g.id()).orElseThrow().status()).isEqualTo(GenerationStatus.CANCELLED);
    }

    @Test
    void cancelWhileRunningStopsTheEngineJob() {
        fake.mode(FakeEngine.Mode.HANG);
        Session s = open(1).library().ensureDefault();
        studio.startWorkers();
        Generation g = studio.generations().submit(request(s, "long one", 1));
        awaitStatus(g.id(), GenerationStatus.RUNNING);
        await().atMost(WAIT).until(() -> fake.submits(g.id()) == 1);
        studio.generations().cancel(g.id());
        await().atMost(WAIT).until(() -> fake.cancels() == 1);
        Generation after = studio.generations().find(g.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(GenerationStatus.CANCELLED);
        assertThat(after.outputs()).isEmpty();
    }

    @Test
    void retryCreatesANewAttemptFromAFailedOne() {
        fake.mode(FakeEngine.Mode.FAIL_HALFWAY);
        Session s = open(1).library().ensureDefault();
        studio.startWorkers();
        Generation g = studio.generations().submit(request(s, "try again", 1));
        awaitStatus(g.id(), GenerationStatus.FAILED);
        fake.mode(FakeEngine.Mode.SUCCEED);
        Generation retry = studio.generations().retry(g.id());
        assertThat(retry.id()).isNotEqualTo(g.id());
        assertThat(retry.retryOfId()).isEqualTo(g.id());
        assertThat(retry.prompt()).isEqualTo("try again");
        assertThat(retry.parameters().seed()).isEqualTo(42L);
        awaitStatus(retry.id(), GenerationStatus.SUCCEEDED);
        assertThatThrownBy(() -> studio.generations().retry(retry.id())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void concurrencyLimitIsHonouredWhileSeveralRunAtOnce() {
        Session s = open(3).library().ensureDefault();
        List<Generation> all = IntStream.range(0, 12)
                .mapToObj(i -> studio.generations().submit(request(s, "batch " + i, 1))).toList();
        studio.startWorkers();
        all.forEach(g -> awaitStatus(g.id(), GenerationStatus.SUCCEEDED));
        assertThat(fake.maxInFlight()).isEqualTo(3);
    }

    @Test
    void transientPollFaultsAreRetriedAndThePermanentOnesFailWithTheProvidersWords() {
        Session s = open(1).library().ensureDefault();
        studio.startWorkers();
        fake.failNextPolls(3);
        Generation flaky = studio.generations().submit(request(s, "survives a 503", 1));
        awaitStatus(flaky.id(), GenerationStatus.SUCCEEDED);

        fake.failSubmits(new EngineException("Invalid API key for Fake", false));
        Generation refused = studio.generations().submit(request(s, "refused", 1));
        Generation failed = awaitStatus(refused.id(), GenerationStatus.FAILED);
        assertThat(failed.errorMessage()).isEqualTo("Invalid API key for Fake");
    }

    @Test
    void unknownGenerationIdIsAClearNotFound() {
        open(1);
        assertThatThrownBy(() -> studio.generations().cancel(9999)).isInstanceOf(NotFoundException.class)
                .hasMessage("No generation with id 9999");
    }

    @Test
    void badRequestsAreRefusedPerFieldAndNothingIsStored() {
        Session s = open(1).library().ensureDefault();
        var draft = new RequestDraft(s.id(), "   ", "", "nope", "", "5", "100x100", "", "", "abc");
        assertThatThrownBy(() -> studio.generations().parse(draft)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).containsOnlyKeys(Field.PROMPT, Field.ENGINE, Field.COUNT, Field.SIZE,
                        Field.SEED));
        var tooLong = new GenerationRequest(s.id(), "x".repeat(10_001), "", "fake", null, 1, new ImageSize(256, 256),
                null, Map.of());
        assertThatThrownBy(() -> studio.generations().submit(tooLong)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("too long");
        var badModel = new GenerationRequest(s.id(), "ok", "", "fake", "m9", 1, new ImageSize(256, 256), null, Map.of());
        assertThatThrownBy(() -> studio.generations().submit(badModel)).hasMessageContaining("Unknown model 'm9'");
        var noSession = new GenerationRequest(9999, "ok", "", "fake", null, 1, new ImageSize(256, 256), null, Map.of());
        assertThatThrownBy(() -> studio.generations().submit(noSession)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys(Field.SESSION));
        assertThat(studio.generations().history(s.id(), null, 50).items()).isEmpty();
        assertThat(events.events()).isEmpty();
    }
}
