package com.genstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.genstudio.config.S3Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code move-to-s3} against a real S3-compatible server (S3Mock), in two runs to show that it resumes. */
class MoveToS3CommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void movesInTwoRunsAndGenerateJsonThenReportsTheObjects() throws Exception {
        CliHarness harness = new CliHarness(home);
        long id = generate(harness, 3);
        S3Settings s3 = S3TestStorage.useS3Mock(home);

        CliHarness.Result first = harness.run("move-to-s3", "--json", "--max", "1");
        assertThat(first.exit()).as(first.err()).isZero();
        JsonNode report = JSON.readTree(first.out());
        assertThat(report.get("moved").asInt()).isEqualTo(1);
        assertThat(report.get("stopped").asBoolean()).isTrue();
        assertThat(report.get("remaining").asInt()).isEqualTo(2);
        assertThat(first.errLines()).singleElement().asString().startsWith("Moved 1/3: ");

        CliHarness.Result rest = harness.run("move-to-s3");
        assertThat(rest.exit()).as(rest.err()).isZero();
        assertThat(rest.out()).startsWith("Moved 2 output(s) to S3; 0 failed; 0 still local");
        assertThat(rest.errLines()).hasSize(2).last().asString().startsWith("Moved 2/2: ");

        JsonNode shown = JSON.readTree(harness.run("show", String.valueOf(id), "--json").out());
        for (JsonNode o : shown.get("outputs")) {
            assertThat(o.get("uri").asText()).startsWith("s3://" + s3.bucket() + "/" + s3.prefix())
                    .endsWith("/" + id + "/" + o.get("index").asInt() + ".png");
            assertThat(Path.of(o.get("path").asText())).exists().hasSize(o.get("bytes").asLong());
        }
        try (var files = Files.walk(home.resolve("outputs"))) {
            assertThat(files.filter(Files::isRegularFile).toList()).as("local copies deleted").isEmpty();
        }
    }

    @Test
    void refusesInOneLineWhenStorageIsLocal() {
        CliHarness.Result r = new CliHarness(home).run("move-to-s3");

        assertThat(r.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.errLines()).singleElement().asString().startsWith("S3 storage is not configured");
    }

    @Test
    void anUnreachableServerFailsInOneLineAndKeepsTheFiles() throws Exception {
        CliHarness harness = new CliHarness(home);
        generate(harness, 1);
        S3TestStorage.useUnreachable(home);

        CliHarness.Result r = harness.run("move-to-s3", "--json");

        assertThat(r.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(JSON.readTree(r.out()).get("failed").asInt()).isEqualTo(1);
        assertThat(r.errLines().getLast()).startsWith("1 output(s) could not be moved and stay local: ")
                .contains("cannot reach");
        try (var files = Files.walk(home.resolve("outputs"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".png")).count()).isGreaterThanOrEqualTo(1);
        }
    }

    private static long generate(CliHarness harness, int count) throws Exception {
        CliHarness.Result r = harness.run("generate", "--prompt", "to move", "--engine", FlatColorEngine.ID,
                "--count", String.valueOf(count), "--wait", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode g = JSON.readTree(r.out());
        for (JsonNode o : g.get("outputs")) {
            assertThat(o.get("uri").isNull()).as("a local output has no remote address").isTrue();
        }
        return g.get("id").asLong();
    }
}
