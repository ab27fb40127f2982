package com.genstudio.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.genstudio.app.Studio;
import com.genstudio.app.StudioOptions;
import com.genstudio.config.AppPaths;
import com.genstudio.domain.GenerationRequest;
import com.genstudio.domain.GenerationStatus;
import com.genstudio.domain.ImageSize;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changes made through another studio on the same data directory reach this one's listeners as events. */
class ChangeFeedTest {
    @TempDir
    Path home;

    @Test
    void anotherStudiosSubmitAndCancelArriveAsEvents() {
        var options = StudioOptions.defaults(new AppPaths(home))
                .withEngines(List.of(new FakeEngine("fake", 4, Duration.ofMillis(10)).mode(FakeEngine.Mode.HANG)));
        try (Studio watcher = Studio.open(options)) {
            var session = watcher.library().ensureDefault();
            RecordingListener seen = new RecordingListener();
            watcher.generations().subscribe(seen);
            watcher.startWorkersFor(java.util.Set.of()); // feed on, but this studio runs nothing
            try (Studio other = Studio.open(options)) {
                long id = other.generations().submit(new GenerationRequest(session.id(), "from elsewhere", "", "fake",
                        null, 1, new ImageSize(256, 256), 1L, Map.of())).id();
                await().atMost(Duration.ofSeconds(10)).until(() -> seen.statusesOf(id).contains(GenerationStatus.QUEUED));
                other.generations().cancel(id);
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> seen.statusesOf(id).contains(GenerationStatus.CANCELLED));
                assertThat(seen.of(id).getLast().prompt()).isEqualTo("from elsewhere");
            }
        }
    }
}
