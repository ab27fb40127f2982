package com.genstudio.ui.crash;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import javax.swing.JOptionPane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When JavaFX itself cannot start (no graphics libraries, a broken display, an error while building the first
 * window) there is no JavaFX left to show a dialog with, so a double-clicked app would just vanish. This reports
 * with AWT instead, which needs nothing beyond the runtime, and on stderr for a terminal.
 */
public final class StartupFailure {
    private static final Logger LOG = LoggerFactory.getLogger(StartupFailure.class);

    private StartupFailure() {}

    public static void report(Throwable error, Path logFile) {
        LOG.error("GenStudio could not start", error);
        String message = "GenStudio could not start: " + CrashDialog.summary(error)
                + "\n\nThe details are in the log file:\n" + logFile;
        System.err.println(message);
        if (!GraphicsEnvironment.isHeadless()) {
            try {
                JOptionPane.showMessageDialog(null, message, "GenStudio", JOptionPane.ERROR_MESSAGE);
            } catch (RuntimeException | Error e) {
                LOG.warn("Could not show the start-up failure", e);
            }
        }
    }
}
