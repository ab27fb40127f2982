package com.genstudio.cli;

import com.genstudio.app.Studio;
import com.genstudio.domain.Generation;
import com.genstudio.domain.Page;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** One page of a session's history, newest first; pass the printed cursor to get the next page. */
@Command(name = "list", sortOptions = false, description = "List a session's generations, newest first, one page at a time.")
final class ListCommand implements Callable<Integer> {

    @ParentCommand
    private GenStudioCli cli;

    @Mixin
    private CommandOutput output;

    @Option(names = "--project", paramLabel = "NAME", description = "Project (default: "
            + SessionTarget.DEFAULT_PROJECT + ").")
    private String project;

    @Option(names = "--session", paramLabel = "NAME", description = "Session (default: "
            + SessionTarget.DEFAULT_SESSION + ").")
    private String session;

    @Option(names = "--limit", paramLabel = "N", description = "Page size, at most 50 (default 20).")
    private int limit;

    @Option(names = "--cursor", paramLabel = "C", description = "The cursor a previous page printed.")
    private String cursor;

    @Override
    public Integer call() {
        try (Studio studio = cli.openStudio()) {
            long sessionId = new SessionTarget(studio.library(), project, session).existing().id();
            Page<Generation> page = studio.generations().history(sessionId, cursor, limit);
            if (output.json()) {
                output.out().println(new GenerationJson(studio.outputStore()).page(page));
            } else {
                new HumanFormat(studio.outputStore()).table(output.out(), page);
            }
            output.out().flush();
            return ExitCodes.OK;
        }
    }
}
