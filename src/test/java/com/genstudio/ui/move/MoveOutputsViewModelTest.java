package com.genstudio.ui.move;

import static org.assertj.core.api.Assertions.assertThat;

import com.genstudio.storage.s3.MoveToS3;
import com.genstudio.ui.common.OutputMover;
import com.genstudio.ui.fakes.SameThreadExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class MoveOutputsViewModelTest {

    /** Pretends to move {@code local} outputs, one per progress report, honouring the stop flag like MoveToS3. */
    private static final class FakeMover implements OutputMover {
        int local;
        int stopAfter = Integer.MAX_VALUE;
        String failKey;
        final List<Double> seenProgress = new ArrayList<>();
        MoveOutputsViewModel model;

        FakeMover(int local) {
            this.local = local;
        }

        @Override
        public int pending() {
            return local;
        }

        @Override
        public MoveToS3.Report run(Consumer<MoveToS3.Progress> progress, BooleanSupplier stop) {
            int total = local;
            int moved = 0;
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                if (stop.getAsBoolean()) {
                    return new MoveToS3.Report(moved, problems.size(), true, problems);
                }
                String key = "1/1/" + i + ".png";
                if (key.equals(failKey)) {
                    problems.add(key + ": access denied");
                } else {
                    moved++;
                    local--;
                }
                progress.accept(new MoveToS3.Progress(moved + problems.size(), total, key));
                seenProgress.add(model.progressProperty().get());
                if (moved == stopAfter) {
                    model.stop();
                }
            }
            return new MoveToS3.Report(moved, problems.size(), false, problems);
        }
    }

    private MoveOutputsViewModel model(FakeMover mover) {
        MoveOutputsViewModel model = new MoveOutputsViewModel(mover, new SameThreadExecutor(), Runnable::run);
        mover.model = model;
        return model;
    }

    @Test
    void reportsProgressAndTheOutcome() {
        FakeMover mover = new FakeMover(4);
        MoveOutputsViewModel model = model(mover);
        model.start();

        assertThat(mover.seenProgress).containsExactly(0.25, 0.5, 0.75, 1.0);
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("Moved 4 outputs to S3.");
    }

    @Test
    void stopsAfterTheCurrentOutputAndResumesWhenStartedAgain() {
        FakeMover mover = new FakeMover(5);
        mover.stopAfter = 2;
        MoveOutputsViewModel model = model(mover);
        model.start();

        assertThat(model.messageProperty().get()).contains("Moved 2 outputs").contains("Stopped");
        assertThat(mover.local).isEqualTo(3);

        mover.stopAfter = Integer.MAX_VALUE;
        model.start();
        assertThat(mover.local).isZero();
        assertThat(model.messageProperty().get()).isEqualTo("Moved 3 outputs to S3.");
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void failuresAreNamedAndNothingToMoveIsSaid() {
        FakeMover mover = new FakeMover(2);
        mover.failKey = "1/1/1.png";
        MoveOutputsViewModel model = model(mover);
        model.start();
        assertThat(model.messageProperty().get())
                .isEqualTo("Moved 1 output to S3. 1 could not be moved and stay on this computer: 1/1/1.png: access denied");

        MoveOutputsViewModel empty = model(new FakeMover(0));
        empty.start();
        assertThat(empty.messageProperty().get()).startsWith("Nothing to move");
    }
}
