package com.genstudio;

import com.genstudio.cli.GenStudioCli;
import com.genstudio.config.AppPaths;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;

/**
 * Main class of genstudio.jar. It is not a JavaFX Application on purpose: with no command it opens the desktop
 * studio, and with one it runs the command-line tool without loading any JavaFX class, so commands work on
 * machines without a display.
 */
public final class Launcher {
    private static final String DESKTOP_MAIN = "com.genstudio.ui.DesktopMain";

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        // logback.xml reads it when the first logger is created, so it must be set before anything logs.
        System.setProperty("genstudio.logdir", AppPaths.fromEnvironment().logs().toString());
        if (wantsDesktop(args)) {
            launchDesktop(args);
        } else {
            System.setProperty("java.awt.headless", "true");
            System.exit(GenStudioCli.run(args));
        }
    }

    /** No arguments, or only those a desktop launcher adds (macOS Finder passes a {@code -psn_} process id). */
    static boolean wantsDesktop(String[] args) {
        return Arrays.stream(args).allMatch(a -> a.startsWith("-psn_"));
    }

    // Looked up by name so the command path never links a JavaFX class, and so builds without the ui package still run.
    private static void launchDesktop(String[] args) throws Exception {
        Class<?> desktop;
        try {
            desktop = Class.forName(DESKTOP_MAIN);
        } catch (ClassNotFoundException e) {
            System.err.println("GenStudio desktop UI not available in this build");
            System.exit(1);
            return;
        }
        try {
            desktop.getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
