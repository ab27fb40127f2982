package com.genstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.genstudio.domain.GenerationStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void runsEveryQueuedGenerationAndPrintsEachOnce() throws Exception {
        CliHarness harness = new CliHarness(home);
        List<String> ids = new ArrayList<>();
        for (String prompt : List.of("one", "two", "three")) {
            ids.add(harness.run("generate", "--prompt", prompt, "--engine", FlatColorEngine.ID).out().split(" ")[0]);
        }

        CliHarness.Result r = harness.run("resume", "--json");

        assertThat(r.exit()).as(r.err()).isZero();
        Map<String, String> statusById = new HashMap<>();
        for (String line : r.outLines()) {
            JsonNode g = JSON.readTree(line);
            assertThat(g.get("outputs")).hasSize(1);
            statusById.put(g.get("id").asText(), g.get("status").asText());
        }
        assertThat(r.outLines()).hasSize(3);
        assertThat(statusById).containsOnlyKeys(ids);
        assertThat(statusById.values()).containsOnly("succeeded");
    }

    @Test
    void exitsNonZeroWhenOneOfThemFailed() throws Exception {
        CliHarness harness = new CliHarness(home);
        harness.run("generate", "--prompt", "fine", "--engine", FlatColorEngine.ID);
        harness.run("generate", "--prompt", "will fail", "--engine", FlatColorEngine.ID);

        CliHarness.Result r = harness.run("resume");

        assertThat(r.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.out()).contains(" succeeded", " failed");
        assertThat(r.errLines()).contains("1 of 2 generations did not succeed");
    }

    @Test
    void finishesAGenerationAClosedProcessLeftRunning() throws Exception {
        CliHarness harness = new CliHarness(home);
        harness.engine().hold(true);
        long id = Long.parseLong(harness.run("generate", "--prompt", "interrupted", "--engine", FlatColorEngine.ID)
                .out().split(" ")[0]);
        harness.inspect(studio -> {
            studio.startWorkers();
            await().atMost(Duration.ofSeconds(10)).until(
                    () -> studio.generations().find(id).orElseThrow().status() == GenerationStatus.RUNNING);
        });
        harness.engine().hold(false);

        CliHarness.Result r = harness.run("resume", "--json");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode g = JSON.readTree(r.out());
        assertThat(g.get("id").asLong()).isEqualTo(id);
        assertThat(g.get("status").asText()).isEqualTo("succeeded");
    }

    @Test
    void nothingQueuedIsASuccess() {
        CliHarness.Result r = new CliHarness(home).run("resume");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("Nothing to resume." + System.lineSeparator());
    }
}
