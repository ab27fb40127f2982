package com.genstudio.cli;

import com.genstudio.app.Studio;
import com.genstudio.domain.Generation;
import com.genstudio.domain.GenerationStatus;
import com.genstudio.engine.GenerationService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.SequencedSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * Runs the backlog: generations queued without {@code --wait}, and those a closed or crashed process left running
 * (taken over once their claim's lease runs out). It waits for what was active when it started, so a studio window
 * that keeps queuing cannot keep it alive; work that window is running is waited for too.
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
            List<Long> backlog = generations.active().stream().map(Generation::id).toList();
            if (backlog.isEmpty()) {
                if (!output.json()) {
                    output.out().println("Nothing to resume.");
                }
                return ExitCodes.OK;
            }
            studio.startWorkers();
            awaitAll(generations, waiter, backlog);
            return report(studio, backlog);
        }
    }

    private void awaitAll(GenerationService generations, GenerationWaiter waiter, List<Long> backlog)
            throws InterruptedException {
        ProgressLine progress = new ProgressLine(output.err(), !output.json());
        SequencedSet<Long> pending = new LinkedHashSet<>(backlog);
        while (!pending.isEmpty()) {
            Optional<Generation> change = waiter.next();
            change.filter(g -> pending.contains(g.id())).ifPresent(progress::show);
            if (change.isEmpty() || change.get().status().isTerminal()) {
                pending.removeIf(id -> generations.find(id).map(g -> g.status().isTerminal()).orElse(true));
            }
        }
    }

    private int report(Studio studio, List<Long> backlog) {
        List<Generation> finished = backlog.stream().flatMap(id -> studio.generations().find(id).stream()).toList();
        finished.forEach(g -> output.print(studio, g));
        long unsuccessful = finished.stream().filter(g -> g.status() != GenerationStatus.SUCCEEDED).count();
        if (unsuccessful == 0) {
            return ExitCodes.OK;
        }
        output.err().println(unsuccessful + " of " + finished.size() + " generations did not succeed");
        return ExitCodes.FAILED;
    }
}
