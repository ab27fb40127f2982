package com.genstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowAndCancelCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void showPrintsTheSameJsonGenerateDid() throws Exception {
        CliHarness harness = new CliHarness(home);
        JsonNode generated = JSON.readTree(harness.run("generate", "--prompt", "moon", "--engine",
                FlatColorEngine.ID, "--wait", "--json").out());
        long id = generated.get("id").asLong();

        JsonNode shown = JSON.readTree(harness.run("show", String.valueOf(id), "--json").out());

        assertThat(shown).isEqualTo(generated);
    }

    @Test
    void showTextListsOutputFiles() throws Exception {
        CliHarness harness = new CliHarness(home);
        JsonNode generated = JSON.readTree(harness.run("generate", "--prompt", "sun", "--engine",
                FlatColorEngine.ID, "--size", "256x512", "--wait", "--json").out());

        CliHarness.Result r = harness.run("show", generated.get("id").asText());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Generation " + generated.get("id").asText() + ": succeeded", "prompt:   sun",
                "256x512", generated.get("outputs").get(0).get("path").asText());
    }

    @Test
    void cancelStopsAQueuedGeneration() throws Exception {
        CliHarness harness = new CliHarness(home);
        String id = harness.run("generate", "--prompt", "later", "--engine", FlatColorEngine.ID).out().split(" ")[0];

        CliHarness.Result r = harness.run("cancel", id);

        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith(id + " cancelled");
        assertThat(JSON.readTree(harness.run("show", id, "--json").out()).get("status").asText())
                .isEqualTo("cancelled");
    }

    @Test
    void cancelLeavesAFinishedGenerationAsItIs() throws Exception {
        CliHarness harness = new CliHarness(home);
        String id = JSON.readTree(harness.run("generate", "--prompt", "done", "--engine", FlatColorEngine.ID,
                "--wait", "--json").out()).get("id").asText();

        CliHarness.Result r = harness.run("cancel", id, "--json");

        assertThat(r.exit()).isZero();
        assertThat(JSON.readTree(r.out()).get("status").asText()).isEqualTo("succeeded");
    }
}
