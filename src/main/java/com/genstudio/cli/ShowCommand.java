package com.genstudio.cli;

import com.genstudio.app.Studio;
import com.genstudio.domain.Generation;
import com.genstudio.engine.NotFoundException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "show", description = "Show one generation with its output files.")
final class ShowCommand implements Callable<Integer> {

    @ParentCommand
    private GenStudioCli cli;

    @Mixin
    private CommandOutput output;

    @Parameters(paramLabel = "ID", description = "Generation id.")
    private long id;

    @Override
    public Integer call() {
        try (Studio studio = cli.openStudio()) {
            Generation g = studio.generations().find(id)
                    .orElseThrow(() -> new NotFoundException("No generation with id " + id));
            if (output.json()) {
                output.print(studio, g);
            } else {
                new HumanFormat(studio.outputStore()).details(output.out(), g);
                output.out().flush();
            }
            return ExitCodes.OK;
        }
    }
}
