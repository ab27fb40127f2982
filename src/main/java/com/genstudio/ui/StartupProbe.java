package com.genstudio.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Start-up timing for the benchmark suite's cold-start figure, off unless {@code -Dgenstudio.exitAfterFirstShow=true}.
 * It prints {@code FIRST_WINDOW_SHOWN <ms>} when the window (with its loading state) is on screen and
 * {@code MAIN_WINDOW_SHOWN <ms>} when the studio's window has replaced it, both in milliseconds since the JVM
 * started; the app then closes itself the normal way.
 */
final class StartupProbe {
    static final boolean EXIT_AFTER_FIRST_SHOW = Boolean.getBoolean("genstudio.exitAfterFirstShow");

    private StartupProbe() {}

    static void mark(String event) {
        if (EXIT_AFTER_FIRST_SHOW) {
            long now = System.currentTimeMillis(); // taken before the management classes load
            System.out.println(event + " " + (now - ManagementFactory.getRuntimeMXBean().getStartTime()));
            System.out.flush();
        }
    }

    /** Runs {@code then} once, after the pulse that has laid out the scene's new content has finished. */
    static void afterNextLayout(Scene scene, Runnable then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (listener[0] != null) {
                Runnable self = listener[0];
                listener[0] = null;
                // Removed later: the scene is iterating over its listeners now.
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(self);
                    then.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
