package com.genstudio.providers.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.genstudio.domain.ImageSize;
import com.genstudio.engine.EngineDescriptor;
import com.genstudio.engine.EngineException;
import com.genstudio.engine.EngineJob;
import com.genstudio.engine.EngineOutput;
import com.genstudio.engine.RemoteState;
import com.genstudio.engine.RemoteStatus;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BuiltinEngineTest {
    private static final ImageSize SMALL = new ImageSize(256, 256);
    private final List<BuiltinEngine> engines = new ArrayList<>();

    private BuiltinEngine engine(int steps, Duration stepDuration) {
        BuiltinEngine engine = new BuiltinEngine(steps, stepDuration);
        engines.add(engine);
        return engine;
    }

    @AfterEach
    void closeEngines() {
        engines.forEach(BuiltinEngine::close);
    }

    private static EngineJob job(String model, int count, ImageSize size, long seed) {
        return new EngineJob(1, "sunset over the ocean", "", model, count, size, seed, Map.of());
    }

    private static RemoteStatus awaitTerminal(BuiltinEngine engine, String id, List<RemoteStatus> seen) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(5)).until(() -> {
            RemoteStatus status = engine.poll(id);
            seen.add(status);
            return status.state() != RemoteState.RUNNING && status.state() != RemoteState.PENDING;
        });
        return seen.getLast();
    }

    @Test
    void describesItselfHonestlyAsOfflineProcedural() {
        EngineDescriptor d = engine(1, Duration.ZERO).descriptor();
        assertThat(d.id()).isEqualTo("builtin");
        assertThat(d.offline()).isTrue();
        assertThat(d.description()).contains("procedural").contains("not an AI model");
        assertThat(d.defaultModel().id()).isEqualTo("abstract");
        assertThat(d.models()).extracting(m -> m.id()).containsExactly("abstract", "flow", "geometric");
    }

    @Test
    void reportsStepsThatRiseToOneThenSucceeds() throws EngineException {
        BuiltinEngine engine = engine(6, Duration.ofMillis(40));
        String id = engine.submit(job("abstract", 1, SMALL, 7));
        assertThat(id).startsWith("builtin-");

        List<RemoteStatus> seen = new ArrayList<>();
        RemoteStatus last = awaitTerminal(engine, id, seen);

        assertThat(last.state()).isEqualTo(RemoteState.SUCCEEDED);
        List<Double> progress = seen.stream().filter(s -> s.state() == RemoteState.RUNNING)
                .map(RemoteStatus::progress).toList();
        assertThat(progress).isSortedAccordingTo(Double::compare);
        assertThat(progress).allMatch(p -> p >= 0 && p <= 1.0);
        assertThat(progress.stream().distinct().count()).isGreaterThan(2);
        assertThat(seen).filteredOn(s -> s.state() == RemoteState.RUNNING && s.progress() > 0)
                .allMatch(s -> s.message().matches("Step [1-6]/6"));
        assertThat(last.progress()).isEqualTo(1.0);
    }

    @Test
    void fetchReturnsOnePngPerImageOfTheRequestedSizeThenForgetsTheJob() throws Exception {
        BuiltinEngine engine = engine(3, Duration.ZERO);
        for (int count = 1; count <= 4; count++) {
            ImageSize size = count == 2 ? new ImageSize(2048, 1152) : new ImageSize(320, 256);
            String id = engine.submit(job("flow", count, size, 11));
            assertThat(awaitTerminal(engine, id, new ArrayList<>()).state()).isEqualTo(RemoteState.SUCCEEDED);

            List<EngineOutput> outputs = engine.fetchResults(id);

            assertThat(outputs).hasSize(count);
            for (EngineOutput output : outputs) {
                EngineOutput.InlineBytes inline = (EngineOutput.InlineBytes) output;
                assertThat(inline.mimeHint()).isEqualTo("image/png");
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(inline.bytes()));
                assertThat(image.getWidth()).isEqualTo(size.width());
                assertThat(image.getHeight()).isEqualTo(size.height());
            }
            assertThat(engine.poll(id).state()).isEqualTo(RemoteState.UNKNOWN);
        }
    }

    @Test
    void resubmittingTheSameJobGivesTheSameBytesAndImagesOfOneJobDiffer() throws Exception {
        BuiltinEngine engine = engine(2, Duration.ZERO);
        List<byte[]> first = runToBytes(engine, job("geometric", 2, SMALL, 99));
        List<byte[]> again = runToBytes(engine, job("geometric", 2, SMALL, 99));
        List<byte[]> otherSeed = runToBytes(engine, job("geometric", 2, SMALL, 100));

        assertThat(again.get(0)).isEqualTo(first.get(0));
        assertThat(again.get(1)).isEqualTo(first.get(1));
        assertThat(first.get(1)).isNotEqualTo(first.get(0));
        assertThat(otherSeed.get(0)).isNotEqualTo(first.get(0));
    }

    private static List<byte[]> runToBytes(BuiltinEngine engine, EngineJob job) throws EngineException {
        String id = engine.submit(job);
        awaitTerminal(engine, id, new ArrayList<>());
        return engine.fetchResults(id).stream().map(o -> ((EngineOutput.InlineBytes) o).bytes()).toList();
    }

    @Test
    void cancelStopsARunningJobPromptly() throws EngineException {
        ExecutorService oneThread = Executors.newSingleThreadExecutor();
        try (BuiltinEngine engine = new BuiltinEngine(oneThread, 200, Duration.ofMillis(100))) {
            String id = engine.submit(job("abstract", 1, SMALL, 1));
            await().atMost(Duration.ofSeconds(10)).until(() -> engine.poll(id).progress() > 0);

            engine.cancel(id);

            assertThat(engine.poll(id).state()).isEqualTo(RemoteState.CANCELLED);
            assertThatThrownBy(() -> engine.fetchResults(id)).isInstanceOf(EngineException.class)
                    .hasMessageContaining("cancelled");
            // The only render thread must be free again: 200 slow steps would take 20 s.
            String next = engine.submit(job("abstract", 1, SMALL, 2));
            await().atMost(Duration.ofSeconds(5)).until(() -> engine.poll(next).progress() > 0);
            engine.cancel(next);
            assertThat(engine.poll(id).state()).isEqualTo(RemoteState.CANCELLED);
        } finally {
            oneThread.shutdownNow();
        }
    }

    @Test
    void closingWithAnInjectedExecutorCancelsJobsButLeavesTheExecutorRunning() throws EngineException {
        ExecutorService shared = Executors.newSingleThreadExecutor();
        try {
            BuiltinEngine engine = new BuiltinEngine(shared, 200, Duration.ofMillis(100));
            String id = engine.submit(job("flow", 1, SMALL, 1));
            engine.close();
            assertThat(engine.poll(id).state()).isEqualTo(RemoteState.CANCELLED);
            assertThat(shared.isShutdown()).isFalse();
        } finally {
            shared.shutdownNow();
        }
    }

    @Test
    void unknownIdsAreReportedAsUnknown() {
        BuiltinEngine engine = engine(1, Duration.ZERO);
        assertThat(engine.poll("builtin-from-before-a-restart").state()).isEqualTo(RemoteState.UNKNOWN);
        assertThatThrownBy(() -> engine.fetchResults("builtin-from-before-a-restart"))
                .isInstanceOf(EngineException.class).hasMessageContaining("does not know");
        engine.cancel("builtin-from-before-a-restart");
    }

    @Test
    void invalidJobsAreRefusedWithClearMessages() {
        BuiltinEngine engine = engine(1, Duration.ZERO);
        assertThatThrownBy(() -> engine.submit(job("abstract", 5, SMALL, 1)))
                .isInstanceOf(EngineException.class).hasMessageContaining("1 to 4 images");
        assertThatThrownBy(() -> engine.submit(job("abstract", 1, new ImageSize(128, 256), 1)))
                .isInstanceOf(EngineException.class).hasMessageContaining("256 to 2048");
        assertThatThrownBy(() -> engine.submit(job("photoreal", 1, SMALL, 1)))
                .isInstanceOf(EngineException.class).hasMessageContaining("no style 'photoreal'");
    }

    @Test
    void closedEngineRefusesNewJobs() {
        BuiltinEngine engine = engine(1, Duration.ZERO);
        engine.close();
        assertThatThrownBy(() -> engine.submit(job("abstract", 1, SMALL, 1)))
                .isInstanceOf(EngineException.class).hasMessageContaining("shut down");
    }
}
