package com.genstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.genstudio.engine.RequestDraft;
import com.genstudio.engine.ValidationException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every refused request: exit status 2, the composer's message on one line, and nothing stored. */
class BadInputTest {
    @TempDir
    Path home;

    @TempDir
    Path oracleHome;

    record Input(String name, String prompt, String engine, String model, String count, String size, String seed) {
        static Input valid() {
            return new Input("valid", "red circle", FlatColorEngine.ID, "", "", "", "");
        }

        Input withCount(String c) {
            return new Input("count " + c, prompt, engine, model, c, size, seed);
        }

        String[] args() {
            List<String> args = new ArrayList<>(List.of("generate", "--prompt", prompt, "--engine", engine));
            addIfSet(args, "--model", model);
            addIfSet(args, "--count", count);
            addIfSet(args, "--size", size);
            addIfSet(args, "--seed", seed);
            return args.toArray(String[]::new);
        }

        private static void addIfSet(List<String> args, String option, String value) {
            if (!value.isEmpty()) {
                args.add(option);
                args.add(value);
            }
        }

        RequestDraft draft(long sessionId) {
            return new RequestDraft(sessionId, prompt, "", engine, model, count, size, "", "", seed);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Input> refused() {
        Input ok = Input.valid();
        return Stream.of(
                new Input("empty prompt", "", ok.engine(), "", "", "", ""),
                new Input("blank prompt", "   \t ", ok.engine(), "", "", "", ""),
                new Input("prompt over 10,000 characters", "x".repeat(10_001), ok.engine(), "", "", "", ""),
                new Input("count 0", ok.prompt(), ok.engine(), "", "0", "", ""),
                new Input("count 5", ok.prompt(), ok.engine(), "", "5", "", ""),
                new Input("count abc", ok.prompt(), ok.engine(), "", "abc", "", ""),
                new Input("size 100x100", ok.prompt(), ok.engine(), "", "", "100x100", ""),
                new Input("size 4000x4000", ok.prompt(), ok.engine(), "", "", "4000x4000", ""),
                new Input("size nonsense", ok.prompt(), ok.engine(), "", "", "big", ""),
                new Input("seed abc", ok.prompt(), ok.engine(), "", "", "", "abc"),
                new Input("unknown engine", ok.prompt(), "no-such-engine", "", "", "", ""),
                new Input("unknown model", ok.prompt(), ok.engine(), "no-such-model", "", "", ""),
                new Input("two bad fields", "", ok.engine(), "", "9", "", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusedWithTheComposersMessageAndNothingStored(Input input) {
        CliHarness harness = new CliHarness(home);

        CliHarness.Result r = harness.run(input.args());

        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).singleElement().asString().isEqualTo(CliErrors.oneLine(expectedMessage(input)));
        harness.inspect(studio -> assertThat(studio.library().projects()).isEmpty());
    }

    @Test
    void refusedRequestLeavesAnExistingSessionAsItWas() {
        CliHarness harness = new CliHarness(home);
        assertThat(harness.run(Input.valid().args()).exit()).isZero();

        assertThat(harness.run(Input.valid().withCount("0").args()).exit()).isEqualTo(2);
        assertThat(harness.run("generate", "--prompt", "", "--session", "Other").exit()).isEqualTo(2);

        harness.inspect(studio -> {
            assertThat(studio.library().projects()).hasSize(1);
            long projectId = studio.library().projects().getFirst().id();
            assertThat(studio.library().sessions(projectId)).extracting("name")
                    .containsExactly(SessionTarget.DEFAULT_SESSION);
            long sessionId = studio.library().sessions(projectId).getFirst().id();
            assertThat(studio.generations().history(sessionId, null, 10).items()).hasSize(1);
        });
    }

    @ParameterizedTest(name = "{0} 999")
    @MethodSource("idCommands")
    void unknownIdIsNotFound(String command) {
        CliHarness.Result r = new CliHarness(home).run(command, "999");

        assertThat(r.exit()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(r.errLines()).containsExactly("No generation with id 999");
    }

    static Stream<String> idCommands() {
        return Stream.of("show", "cancel");
    }

    /** What the service itself says for this input, asked in a throwaway data directory. */
    private String expectedMessage(Input input) {
        AtomicReference<String> message = new AtomicReference<>();
        new CliHarness(oracleHome).inspect(studio -> {
            long sessionId = studio.library().findOrCreate("Oracle", "Oracle").id();
            assertThatThrownBy(() -> studio.generations().parse(input.draft(sessionId)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> message.set(e.getMessage()));
        });
        return message.get();
    }
}
