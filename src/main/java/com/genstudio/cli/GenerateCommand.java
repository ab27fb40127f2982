package com.genstudio.cli;

import com.genstudio.app.Studio;
import com.genstudio.domain.Generation;
import com.genstudio.domain.GenerationStatus;
import com.genstudio.engine.GenerationService;
import com.genstudio.engine.RequestDraft;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * Queues one generation. Values go to the service as typed text, so the messages for bad input are the composer's.
 */
@Command(name = "generate", sortOptions = false,
        description = {"Queue a generation of one or more images.",
                "Without --wait it prints the id and 'queued' and returns at once: an open GenStudio window, or a "
                        + "later 'genstudio resume', runs it. With --wait it runs it here and exits when it ends."})
final class GenerateCommand implements Callable<Integer> {

    @ParentCommand
    private GenStudioCli cli;

    @Mixin
    private CommandOutput output;

    @Option(names = "--prompt", required = true, paramLabel = "TEXT", description = "What to generate.")
    private String prompt;

    @Option(names = "--negative", paramLabel = "TEXT", description = "What to keep out of the image.")
    private String negative = "";

    @Option(names = "--engine", paramLabel = "ID", description = "Engine id (default: the studio's default engine).")
    private String engine = "";

    @Option(names = "--model", paramLabel = "ID", description = "Model id (default: the engine's first model).")
    private String model = "";

    @Option(names = "--count", paramLabel = "N", description = "Number of images, 1 to 4 (default 1).")
    private String count = "";

    @ArgGroup(exclusive = true)
    private Shape shape = new Shape();

    @Option(names = "--seed", paramLabel = "N", description = "Seed for a reproducible result (default: random).")
    private String seed = "";

    @Option(names = "--project", paramLabel = "NAME", description = "Project, created when missing (default: "
            + SessionTarget.DEFAULT_PROJECT + ").")
    private String project;

    @Option(names = "--session", paramLabel = "NAME", description = "Session, created when missing (default: "
            + SessionTarget.DEFAULT_SESSION + ").")
    private String session;

    @Option(names = "--wait", description = "Run the generation now and wait for it to end; exit status 1 when it "
            + "fails or is cancelled.")
    private boolean waitForResult;

    static final class Shape {
        @Option(names = "--size", paramLabel = "WxH", description = "Image size, each side 256 to 2048.")
        String size = "";

        @Option(names = "--aspect", paramLabel = "W:H", description = "Aspect ratio: 1:1, 3:2, 2:3, 16:9 or 9:16.")
        String aspect = "";
    }

    @Override
    public Integer call() throws InterruptedException {
        try (Studio studio = cli.openStudio();
             GenerationWaiter waiter = new GenerationWaiter(studio.generations(), GenerationWaiter.DEFAULT_RECHECK)) {
            GenerationService generations = studio.generations();
            SessionTarget target = new SessionTarget(studio.library(), project, session);
            Generation queued = target.withCreated(s -> generations.submit(generations.parse(draft(s.id()))));
            if (!waitForResult) {
                output.print(studio, queued);
                return ExitCodes.OK;
            }
            studio.startWorkersFor(java.util.Set.of(queued.id()));
            ProgressLine progress = new ProgressLine(output.err(), !output.json());
            Generation done = waiter.awaitTerminal(queued.id(), progress::show);
            output.print(studio, done);
            return outcome(done);
        }
    }

    private RequestDraft draft(long sessionId) {
        return new RequestDraft(sessionId, prompt, negative, engine, model, count, shape.size, shape.aspect, "",
                seed);
    }

    private int outcome(Generation done) {
        if (done.status() == GenerationStatus.SUCCEEDED) {
            return ExitCodes.OK;
        }
        String reason = done.errorMessage() == null || done.errorMessage().isBlank() ? "" : ": " + done.errorMessage();
        output.err().println(CliErrors.oneLine("Generation " + done.id() + " " + done.status().dbValue() + reason));
        return ExitCodes.FAILED;
    }
}
