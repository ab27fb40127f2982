package com.genstudio.cli;

import com.genstudio.app.Studio;
import com.genstudio.domain.Generation;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Cancels a queued or running generation; a finished one is printed as it is, with exit status 0. */
@Command(name = "cancel", description = {"Cancel a queued or running generation.",
        "A generation that already ended is left as it is."})
final class CancelCommand implements Callable<Integer> {

    @ParentCommand
    private GenStudioCli cli;

    @Mixin
    private CommandOutput output;

    @Parameters(paramLabel = "ID", description = "Generation id.")
    private long id;

    @Override
    public Integer call() {
        try (Studio studio = cli.openStudio()) {
            Generation g = studio.generations().cancel(id);
            output.print(studio, g);
            return ExitCodes.OK;
        }
    }
}
