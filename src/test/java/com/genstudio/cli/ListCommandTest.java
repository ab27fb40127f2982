package com.genstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private CliHarness harness;
    private final List<Long> ids = new ArrayList<>();

    @BeforeEach
    void threeQueuedGenerations() {
        harness = new CliHarness(home);
        for (String prompt : List.of("first", "second", "third")) {
            CliHarness.Result r = harness.run("generate", "--prompt", prompt, "--engine", FlatColorEngine.ID,
                    "--project", "P", "--session", "S");
            ids.add(Long.parseLong(r.out().split(" ")[0]));
        }
    }

    @Test
    void jsonPagesWalkTheHistoryNewestFirst() throws Exception {
        JsonNode first = JSON.readTree(harness.run("list", "--project", "P", "--session", "S", "--limit", "2",
                "--json").out());
        assertThat(first.get("items")).extracting(n -> n.get("id").asLong()).containsExactly(ids.get(2), ids.get(1));
        assertThat(first.get("hasMore").asBoolean()).isTrue();

        JsonNode second = JSON.readTree(harness.run("list", "--project", "P", "--session", "S", "--limit", "2",
                "--cursor", first.get("nextCursor").asText(), "--json").out());
        assertThat(second.get("items")).extracting(n -> n.get("prompt").asText()).containsExactly("first");
        assertThat(second.get("hasMore").asBoolean()).isFalse();
        assertThat(second.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void tableShowsOneRowPerGenerationThenTheCursor() {
        CliHarness.Result r = harness.run("list", "--project", "P", "--session", "S", "--limit", "2");

        assertThat(r.exit()).isZero();
        List<String> lines = r.outLines();
        assertThat(lines).hasSize(4);
        assertThat(lines.getFirst()).contains("ID", "STATUS", "CREATED", "OUTPUTS", "PROMPT");
        assertThat(lines.get(1)).startsWith(ids.get(2) + " ").contains("queued", "third");
        assertThat(lines.get(3)).startsWith("next cursor: ").doesNotContain("none");
    }

    @Test
    void unknownSessionIsNotFoundAndNotCreated() {
        CliHarness.Result r = harness.run("list", "--project", "P", "--session", "Nope");

        assertThat(r.exit()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(r.errLines()).containsExactly("No session named 'Nope' in project 'P'");
        harness.inspect(studio -> assertThat(studio.library().sessions(studio.library().projects().getFirst().id()))
                .extracting("name").containsExactly("S"));
    }

    @Test
    void longPromptsAreCutInTheTable() {
        assertThat(HumanFormat.excerpt("a\nb " + "x".repeat(100))).hasSize(48).startsWith("a b x").endsWith("…");
    }
}
