package com.genstudio.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.genstudio.app.Studio;
import com.genstudio.storage.s3.MoveToS3;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Moves outputs stored on this computer to the configured S3 bucket; stopping and running it again resumes. */
@Command(name = "move-to-s3", sortOptions = false,
        description = {"Move outputs stored on this computer to the configured S3 bucket.",
                "Each upload is read back and its checksum verified before the library points at it; only then is "
                        + "the local file deleted. Ctrl+C stops after the current output; run it again to resume.",
                "Needs GENSTUDIO_STORAGE=s3 and GENSTUDIO_S3_BUCKET (or S3 chosen in the studio's settings)."})
final class MoveToS3Command implements Callable<Integer> {

    @ParentCommand
    private GenStudioCli cli;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print the outcome as one JSON object instead of text.")
    private boolean json;

    @Option(names = "--max", paramLabel = "N", description = "Move at most N outputs in this run (default: all).")
    private int max = Integer.MAX_VALUE;

    @Override
    public Integer call() throws Exception {
        if (max < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max must be at least 1, not " + max);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Studio studio = cli.openStudio(); StopOnInterrupt interrupted = new StopOnInterrupt()) {
            MoveToS3 mover = studio.moveToS3().orElse(null);
            if (mover == null) {
                err.println("S3 storage is not configured: set GENSTUDIO_STORAGE=s3 and GENSTUDIO_S3_BUCKET, "
                        + "or choose S3 in the studio's settings");
                return ExitCodes.FAILED;
            }
            AtomicInteger attempted = new AtomicInteger();
            MoveToS3.Report report = mover.run(p -> {
                attempted.incrementAndGet();
                err.println("Moved " + p.done() + "/" + p.total() + ": " + p.currentKey());
                err.flush();
            }, () -> interrupted.getAsBoolean() || attempted.get() >= max);
            print(out, report, mover.pending());
            if (report.failed() > 0) {
                err.println(CliErrors.oneLine(report.failed() + " output(s) could not be moved and stay local: "
                        + report.problems().getFirst()));
                return ExitCodes.FAILED;
            }
            return ExitCodes.OK;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private void print(PrintWriter out, MoveToS3.Report report, int remaining) {
        if (json) {
            ObjectNode n = new ObjectMapper().createObjectNode();
            n.put("moved", report.moved());
            n.put("failed", report.failed());
            n.put("stopped", report.stopped());
            n.put("remaining", remaining);
            var problems = n.putArray("problems");
            report.problems().forEach(problems::add);
            out.println(n);
        } else {
            out.println("Moved " + report.moved() + " output(s) to S3; " + report.failed() + " failed; "
                    + remaining + " still local" + (report.stopped() ? " (stopped: run again to resume)" : ""));
        }
    }
}
