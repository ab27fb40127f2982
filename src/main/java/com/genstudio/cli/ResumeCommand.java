package com.genstudio.cli;

import com.genstudio.app.Studio;
import com.genstudio.domain.Generation;
import com.genstudio.domain.GenerationStatus;
import com.genstudio.engine.ActiveCounts;
import com.genstudio.engine.GenerationService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * Runs the backlog: generations queued without {@code --wait}, and those a closed or crashed process left running
 * (taken over once their claim's lease runs out). Returns when nothing is queued or running any more, across every
 * process sharing the data directory: work an open studio window is running is waited for too.
 */
@Command(name = "resume", description = {"Run every queued generation, and those an earlier process left "
        + "unfinished, then exit.", "Exit status 1 when any of them failed or was cancelled."})
final class ResumeCommand implements Callable<Integer> {

    @ParentCommand
    private GenStudioCli cli;

    @Mixin
    private CommandOutput output;

    @Override
    public Integer call() throws InterruptedException {
        try (Studio studio = cli.openStudio();
             GenerationWaiter waiter = new GenerationWaiter(studio.generations(), GenerationWaiter.DEFAULT_RECHECK)) {
            GenerationService generations = studio.generations();
            studio.startWorkers();
            ProgressLine progress = new ProgressLine(output.err(), !output.json());
            while (busy(generations.activeCounts())) {
                waiter.next().ifPresent(progress::show);
            }
            return report(studio, waiter);
        }
    }

    private static boolean busy(ActiveCounts counts) {
        return counts.running() + counts.queued() > 0;
    }

    private int report(Studio studio, GenerationWaiter waiter) {
        List<Generation> finished = new ArrayList<>();
        for (long id : waiter.seen()) {
            studio.generations().find(id).ifPresent(finished::add);
        }
        finished.forEach(g -> output.print(studio, g));
        if (finished.isEmpty() && !output.json()) {
            output.out().println("Nothing to resume.");
        }
        long unsuccessful = finished.stream().filter(g -> g.status() != GenerationStatus.SUCCEEDED).count();
        if (unsuccessful == 0) {
            return ExitCodes.OK;
        }
        output.err().println(unsuccessful + " of " + finished.size() + " generations did not succeed");
        return ExitCodes.FAILED;
    }
}
