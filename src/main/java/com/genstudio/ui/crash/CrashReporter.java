package com.genstudio.ui.crash;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app's last line of defence: an exception nobody caught, on the JavaFX thread or any other, is logged
 * and shown to the user with the log file's location, instead of vanishing into a console nobody sees. One
 * report is on screen at a time, so an error that repeats on every layout pass cannot pile up dialogs.
 */
public final class CrashReporter implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(CrashReporter.class);

    /** Shows one crash; calls {@code dismissed} once the user has closed it. */
    public interface Presenter {
        void show(Throwable error, Path logFile, Runnable dismissed);
    }

    private final Path logFile;
    private final Presenter presenter;
    private final AtomicBoolean showing = new AtomicBoolean();

    public CrashReporter(Path logFile, Presenter presenter) {
        this.logFile = logFile;
        this.presenter = presenter;
    }

    /** Installs the reporter for every thread of this JVM, with the JavaFX dialog. */
    public static void install(Path logFile) {
        Thread.setDefaultUncaughtExceptionHandler(new CrashReporter(logFile, new CrashDialog()));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Uncaught exception in thread {}", thread.getName(), error);
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        try {
            presenter.show(error, logFile, () -> showing.set(false));
        } catch (RuntimeException | Error e) {
            showing.set(false);
            LOG.error("Could not show the crash report", e);
        }
    }
}
