package com.genstudio.cli;

import com.genstudio.app.Studio;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code genstudio} command: generates and inspects images without the desktop window. */
@Command(name = "genstudio",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Generate images and inspect the GenStudio library from the command line.",
        subcommands = {GenerateCommand.class, ListCommand.class, ShowCommand.class, CancelCommand.class,
                ResumeCommand.class, MoveToS3Command.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExit status:%n",
        footer = {"  0  success",
                "  1  a generation failed or was cancelled, or an unexpected error",
                "  2  invalid command line or request (nothing was stored)",
                "  3  no such generation, project or session",
                "",
                "Data lives in GENSTUDIO_HOME when set, else in the platform's per-user data directory."})
public final class GenStudioCli implements Runnable {
    private final StudioFactory studios;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public GenStudioCli(StudioFactory studios) {
        this.studios = studios;
    }

    /** A command line writing to {@code out}/{@code err}, with the error handling every entry point shares. */
    public static CommandLine commandLine(StudioFactory studios, PrintWriter out, PrintWriter err) {
        CliErrors errors = new CliErrors();
        return new CommandLine(new GenStudioCli(studios))
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
    }

    /** Runs one command against the user's studio and returns the exit status. */
    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        return commandLine(StudioFactory.fromEnvironment(), out, err).execute(args);
    }

    Studio openStudio() {
        return studios.open();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
