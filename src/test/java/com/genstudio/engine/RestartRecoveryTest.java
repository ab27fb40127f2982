package com.genstudio.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.genstudio.app.Studio;
import com.genstudio.app.StudioOptions;
import com.genstudio.config.AppPaths;
import com.genstudio.domain.Generation;
import com.genstudio.domain.GenerationRequest;
import com.genstudio.domain.GenerationStatus;
import com.genstudio.domain.ImageSize;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestartRecoveryTest {
    @TempDir
    Path home;

    private Studio open(FakeEngine engine) {
        return Studio.open(StudioOptions.defaults(new AppPaths(home)).withEngines(List.of(engine)));
    }

    @Test
    void queuedAndRunningGenerationsResumeOnTheNextStart() {
        long running;
        long queued;
        try (Studio first = open(new FakeEngine("fake", 4, Duration.ofMillis(10)).mode(FakeEngine.Mode.HANG))) {
            var s = first.library().ensureDefault();
            var request = new GenerationRequest(s.id(), "resume me", "", "fake", null, 1, new ImageSize(256, 256),
                    3L, Map.of());
            first.startWorkers();
            running = first.generations().submit(request).id();
            await().atMost(Duration.ofSeconds(10)).until(() -> first.generations().find(running).orElseThrow()
                    .remoteRequestId() != null);
            queued = first.generations().submit(request).id();
            await().atMost(Duration.ofSeconds(10)).until(() -> first.generations().find(queued).orElseThrow()
                    .status() == GenerationStatus.RUNNING);
        }
        try (Studio second = open(new FakeEngine("fake", 4, Duration.ofMillis(10)))) {
            assertThat(second.generations().find(running).orElseThrow().status()).isEqualTo(GenerationStatus.RUNNING);
            second.startWorkers();
            for (long id : List.of(running, queued)) {
                await().atMost(Duration.ofSeconds(20)).until(
                        () -> second.generations().find(id).orElseThrow().status() == GenerationStatus.SUCCEEDED);
                Generation g = second.generations().find(id).orElseThrow();
                assertThat(g.attempts()).isEqualTo(2);
                assertThat(g.outputs()).hasSize(1);
            }
        }
    }
}
