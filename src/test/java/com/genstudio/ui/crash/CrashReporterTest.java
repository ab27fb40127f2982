package com.genstudio.ui.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class CrashReporterTest {
    private static final Path LOG = Path.of("/data/genstudio/logs/genstudio.log");

    private final List<Throwable> shown = new CopyOnWriteArrayList<>();
    private final List<Runnable> dismissals = new CopyOnWriteArrayList<>();
    private final CrashReporter reporter = new CrashReporter(LOG, (error, logFile, dismissed) -> {
        assertThat(logFile).isEqualTo(LOG);
        shown.add(error);
        dismissals.add(dismissed);
    });

    @Test
    void anUncaughtExceptionOnAnyThreadIsShownWithTheLogLocation() throws Exception {
        Thread worker = new Thread(() -> {
            throw new IllegalStateException("boom");
        }, "worker");
        worker.setUncaughtExceptionHandler(reporter);
        worker.start();
        worker.join();

        await().atMost(5, TimeUnit.SECONDS).until(() -> shown.size() == 1);
        assertThat(shown.getFirst()).hasMessage("boom");
    }

    @Test
    void onlyOneReportIsOnScreenAtATime() {
        reporter.uncaughtException(Thread.currentThread(), new IllegalStateException("first"));
        reporter.uncaughtException(Thread.currentThread(), new IllegalStateException("again, on the next pulse"));
        assertThat(shown).extracting(Throwable::getMessage).containsExactly("first");

        dismissals.getFirst().run();
        reporter.uncaughtException(Thread.currentThread(), new IllegalStateException("later"));
        assertThat(shown).extracting(Throwable::getMessage).containsExactly("first", "later");
    }

    @Test
    void aPresenterThatFailsDoesNotSilenceLaterReports() {
        CrashReporter failing = new CrashReporter(LOG, (error, logFile, dismissed) -> {
            shown.add(error);
            throw new IllegalStateException("Toolkit not initialized");
        });

        failing.uncaughtException(Thread.currentThread(), new RuntimeException("one"));
        failing.uncaughtException(Thread.currentThread(), new RuntimeException("two"));

        assertThat(shown).extracting(Throwable::getMessage).containsExactly("one", "two");
    }

    @Test
    void theDialogNamesTheRootCauseAndOffersTheLogPathToCopy() throws Exception {
        FxToolkit.registerPrimaryStage();
        Throwable error = new RuntimeException("wrapper", new java.io.IOException("disk full"));

        var alert = WaitForAsyncUtils.asyncFx(() -> CrashDialog.create(error, LOG)).get(5, TimeUnit.SECONDS);

        assertThat(CrashDialog.summary(error)).isEqualTo("IOException: disk full");
        assertThat(alert.getButtonTypes()).containsExactly(CrashDialog.COPY_PATH, ButtonType.CLOSE);
        assertThat(alert.getDialogPane().getContent().lookupAll(".text-field")).singleElement()
                .isInstanceOfSatisfying(TextField.class, f -> assertThat(f.getText()).isEqualTo(LOG.toString()));
    }
}
