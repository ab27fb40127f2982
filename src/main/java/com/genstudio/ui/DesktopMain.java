package com.genstudio.ui;

import com.genstudio.config.AppPaths;
import com.genstudio.ui.crash.CrashReporter;
import com.genstudio.ui.crash.StartupFailure;
import java.nio.file.Path;
import javafx.application.Application;

/** Starts the desktop studio; a separate class so the launcher does not need JavaFX on its own class path check. */
public final class DesktopMain {
    private DesktopMain() {}

    public static void main(String[] args) {
        Path logFile = AppPaths.fromEnvironment().logFile();
        CrashReporter.install(logFile);
        try {
            Application.launch(StudioApp.class, args);
        } catch (RuntimeException | LinkageError e) {
            StartupFailure.report(e, logFile);
            System.exit(1);
        }
    }
}
