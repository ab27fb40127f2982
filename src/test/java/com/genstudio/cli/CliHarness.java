package com.genstudio.cli;

import com.genstudio.app.Studio;
import com.genstudio.app.StudioOptions;
import com.genstudio.config.AppPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Runs the CLI in-process against a studio in a temporary data directory, capturing what it prints. */
final class CliHarness {
    private final FlatColorEngine engine = new FlatColorEngine();
    private final StudioOptions options;

    CliHarness(Path home) {
        this.options = StudioOptions.defaults(new AppPaths(home)).withEngines(List.of(engine));
    }

    FlatColorEngine engine() {
        return engine;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = GenStudioCli.commandLine(StudioFactory.of(options), new PrintWriter(out, true),
                new PrintWriter(err, true)).execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** Looks at the data directory with a studio of its own, after the command closed its one. */
    void inspect(Consumer<Studio> check) {
        try (Studio studio = Studio.open(options)) {
            check.accept(studio);
        }
    }

    record Result(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }

        List<String> outLines() {
            return out.lines().toList();
        }
    }
}
