package com.genstudio.ui.move;

import com.genstudio.storage.s3.MoveToS3;
import com.genstudio.ui.common.BackgroundExecutor;
import com.genstudio.ui.common.Errors;
import com.genstudio.ui.common.OutputMover;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs "Move outputs to S3" in the background with a progress fraction and a line of text. Stopping finishes the
 * output in hand; every output is then either fully local or fully moved, so starting again resumes.
 */
public final class MoveOutputsViewModel {
    private final OutputMover mover;
    private final BackgroundExecutor background;
    private final Executor fxThread;
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);

    /** {@code fxThread} delivers progress from the working thread (Platform::runLater in the app). */
    public MoveOutputsViewModel(OutputMover mover, BackgroundExecutor background, Executor fxThread) {
        this.mover = mover;
        this.background = background;
        this.fxThread = fxThread;
    }

    public void start() {
        if (running.get()) {
            return;
        }
        stopRequested.set(false);
        running.set(true);
        progress.set(-1); // indeterminate until the first output is done
        message.set("Moving outputs to S3…");
        background.submit(() -> mover.run(p -> fxThread.execute(() -> show(p)), stopRequested::get),
                this::finished, failure -> {
                    running.set(false);
                    message.set("Moving stopped with an error: " + Errors.message(failure)
                            + ". Outputs not yet moved stay on this computer; run it again to resume.");
                });
    }

    public void stop() {
        if (running.get()) {
            stopRequested.set(true);
            message.set("Stopping after the current output…");
        }
    }

    private void show(MoveToS3.Progress p) {
        if (!running.get()) {
            return;
        }
        progress.set(p.total() == 0 ? 1 : (double) p.done() / p.total());
        if (!stopRequested.get()) {
            message.set("Moved " + p.done() + " of " + p.total() + " outputs…");
        }
    }

    private void finished(MoveToS3.Report report) {
        running.set(false);
        StringBuilder text = new StringBuilder();
        if (report.moved() == 0 && report.failed() == 0 && !report.stopped()) {
            text.append("Nothing to move: every output is already in S3.");
            progress.set(1);
        } else {
            text.append("Moved ").append(report.moved()).append(report.moved() == 1 ? " output" : " outputs")
                    .append(" to S3.");
            if (report.failed() > 0) {
                text.append(' ').append(report.failed()).append(" could not be moved and stay on this computer: ")
                        .append(report.problems().getFirst());
            }
            if (report.stopped()) {
                text.append(" Stopped: the rest stay on this computer until you run it again.");
            } else if (report.failed() == 0) {
                progress.set(1);
            }
        }
        message.set(text.toString());
    }

    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
}
