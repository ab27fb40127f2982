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
import com.genstudio.domain.Session;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real second JVMs on one data directory: H2's AUTO_SERVER sharing, claims, kill -9 recovery. */
class MultiProcessTest {
    @TempDir
    Path home;

    private Studio open(FakeEngine engine) {
        return Studio.open(StudioOptions.defaults(new AppPaths(home)).withLease(Duration.ofSeconds(3))
                .withEngines(List.of(engine)));
    }

    private static GenerationRequest request(Session s, String prompt) {
        return new GenerationRequest(s.id(), prompt, "", "fake", null, 1, new ImageSize(256, 256), 1L, Map.of());
    }

    private Process child(int steps, int stepMillis, int concurrency) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                EngineChild.class.getName(), home.toString(), String.valueOf(steps), String.valueOf(stepMillis),
                String.valueOf(concurrency)).redirectErrorStream(true).start();
    }

    /** The child's output lines as they arrive. */
    private static List<String> lines(Process p) {
        List<String> out = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (var r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
                r.lines().forEach(out::add);
            } catch (IOException e) {
                out.add("IO " + e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        return out;
    }

    private static void awaitOutputs(List<String> out) {
        await().atMost(Duration.ofSeconds(10)).until(() -> out.stream().anyMatch(l -> l.startsWith("RAN ")
                || l.startsWith("DONE")));
    }

    @Test
    void twoProcessesShareTheQueueAndNeverRunTheSameGeneration() throws Exception {
        List<Long> ids;
        try (Studio studio = open(new FakeEngine("fake", 3, Duration.ofMillis(20)))) {
            Session s = studio.library().ensureDefault();
            ids = IntStream.range(0, 16).mapToObj(i -> studio.generations().submit(request(s, "shared " + i)).id())
                    .toList();
        }
        Process a = child(6, 40, 2);
        Process b = child(6, 40, 2);
        var outA = lines(a);
        var outB = lines(b);
        await().atMost(Duration.ofSeconds(60)).until(() -> outA.contains("READY") && outB.contains("READY"));
        java.nio.file.Files.createFile(home.resolve("go"));
        assertThat(a.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(b.waitFor(90, TimeUnit.SECONDS)).isTrue();
        awaitOutputs(outA);
        awaitOutputs(outB);
        Set<Long> ranA = ran(outA);
        Set<Long> ranB = ran(outB);
        assertThat(ranA).as("A ran some: %s", outA).isNotEmpty();
        assertThat(ranB).as("B ran some: %s", outB).isNotEmpty();
        assertThat(java.util.Collections.disjoint(ranA, ranB)).as("A %s, B %s", ranA, ranB).isTrue();
        Set<Long> union = new HashSet<>(ranA);
        union.addAll(ranB);
        assertThat(union).containsExactlyInAnyOrderElementsOf(ids);
        try (Studio studio = open(new FakeEngine("fake", 3, Duration.ofMillis(20)))) {
            for (long id : ids) {
                Generation g = studio.generations().find(id).orElseThrow();
                assertThat(g.status()).isEqualTo(GenerationStatus.SUCCEEDED);
                assertThat(g.attempts()).isEqualTo(1);
            }
        }
    }

    @Test
    void aGenerationRunningInAKilledProcessIsPickedUpByTheNextAndFinishes() throws Exception {
        long id;
        try (Studio studio = open(new FakeEngine("fake", 3, Duration.ofMillis(20)))) {
            id = studio.generations().submit(request(studio.library().ensureDefault(), "survive kill -9")).id();
        }
        java.nio.file.Files.createFile(home.resolve("go"));
        Process victim = child(1000, 50, 1); // 50 s of work: it is mid-run when killed
        var victimOut = lines(victim);
        FakeEngine survivor = new FakeEngine("fake", 3, Duration.ofMillis(20));
        try (Studio studio = open(survivor)) {
            RecordingListener seen = new RecordingListener();
            studio.generations().subscribe(seen);
            await().atMost(Duration.ofSeconds(30)).until(() -> studio.generations().find(id).orElseThrow().progress() > 0);
            Generation before = studio.generations().find(id).orElseThrow();
            assertThat(before.status()).isEqualTo(GenerationStatus.RUNNING);
            victim.destroyForcibly(); // SIGKILL: no shutdown hooks, no release of the claim
            assertThat(victim.waitFor(10, TimeUnit.SECONDS)).isTrue();
            studio.startWorkers();
            await().atMost(Duration.ofSeconds(30)).until(
                    () -> studio.generations().find(id).orElseThrow().status() == GenerationStatus.SUCCEEDED);
            Generation after = studio.generations().find(id).orElseThrow();
            assertThat(after.attempts()).isEqualTo(2);
            assertThat(after.outputs()).hasSize(1);
            assertThat(survivor.submits(id)).as("resubmitted: the dead process's engine job is gone").isEqualTo(1);
            assertThat(seen.statusesOf(id)).contains(GenerationStatus.SUCCEEDED);
        }
    }

    private static Set<Long> ran(List<String> lines) {
        Set<Long> ids = new HashSet<>();
        lines.stream().filter(l -> l.startsWith("RAN ")).forEach(l -> ids.add(Long.parseLong(l.substring(4).trim())));
        return ids;
    }
}
