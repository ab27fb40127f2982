package com.genstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopCommandTest {
    @TempDir
    Path home;

    @Test
    void versionComesFromTheBuild() {
        CliHarness.Result r = new CliHarness(home).run("--version");

        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).matches("GenStudio \\d+\\.\\d+\\.\\d+.*").doesNotContain("${");
    }

    @Test
    void helpListsEveryCommandAndTheExitStatuses() {
        CliHarness.Result r = new CliHarness(home).run("--help");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("generate", "list", "show", "cancel", "resume", "Exit status", "GENSTUDIO_HOME");
    }

    @Test
    void generateHelpSaysWhoRunsAQueuedGeneration() {
        CliHarness.Result r = new CliHarness(home).run("help", "generate");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("--prompt", "--wait", "--json", "genstudio resume");
    }

    @Test
    void unknownOptionIsOneLineAndUsageStatus() {
        CliHarness.Result r = new CliHarness(home).run("generate", "--prompt", "x", "--colour", "red");

        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.errLines()).singleElement().asString().contains("--colour");
        assertThat(home).isEmptyDirectory();
    }

    @Test
    void unknownCommandIsOneLine() {
        CliHarness.Result r = new CliHarness(home).run("paint");

        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.errLines()).singleElement().asString().contains("paint");
    }

    @Test
    void missingPromptIsRefusedBeforeOpeningTheStudio() {
        CliHarness.Result r = new CliHarness(home).run("generate");

        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.errLines()).singleElement().asString().contains("--prompt");
        assertThat(home).isEmptyDirectory();
    }

    @Test
    void sizeAndAspectAreExclusive() {
        CliHarness.Result r = new CliHarness(home).run("generate", "--prompt", "x", "--size", "512x512",
                "--aspect", "16:9");

        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.errLines()).singleElement().asString().contains("--size", "--aspect");
    }

    @Test
    void nonNumericIdOrLimitIsOneLine() {
        CliHarness harness = new CliHarness(home);

        assertThat(harness.run("show", "abc").errLines()).singleElement().asString().contains("abc");
        assertThat(harness.run("list", "--limit", "many").exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    void messagesAreFlattenedToOneLine() {
        assertThat(CliErrors.oneLine("Prompt is empty\n  Size is too small\r\n")).isEqualTo("Prompt is empty Size is too small");
    }
}
