package com.genstudio.ui.common;

import com.genstudio.storage.s3.MoveToS3;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** "Move outputs to S3" as the window sees it, so its view-model can be tested with a fake. Background work only. */
public interface OutputMover {

    int pending();

    /** {@code progress} is called on the working thread after each output. */
    MoveToS3.Report run(Consumer<MoveToS3.Progress> progress, BooleanSupplier stopRequested);

    static OutputMover of(MoveToS3 move) {
        return new OutputMover() {
            @Override
            public int pending() {
                return move.pending();
            }

            @Override
            public MoveToS3.Report run(Consumer<MoveToS3.Progress> progress, BooleanSupplier stopRequested) {
                return move.run(progress, stopRequested);
            }
        };
    }
}
