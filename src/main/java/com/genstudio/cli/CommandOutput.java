package com.genstudio.cli;

import com.genstudio.app.Studio;
import com.genstudio.domain.Generation;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --json} switch and the writers every command prints a generation with. */
final class CommandOutput {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--json", description = "Print JSON (one object per generation) instead of text.")
    private boolean json;

    boolean json() {
        return json;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    void print(Studio studio, Generation g) {
        if (json) {
            out().println(new GenerationJson(studio.outputStore()).line(g));
        } else {
            new HumanFormat(studio.outputStore()).summary(out(), g);
        }
        out().flush();
    }
}
