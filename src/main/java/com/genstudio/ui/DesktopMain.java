package com.genstudio.ui;

import javafx.application.Application;

/** Starts the desktop studio; a separate class so the launcher does not need JavaFX on its own class path check. */
public final class DesktopMain {
    private DesktopMain() {}

    public static void main(String[] args) {
        Application.launch(StudioApp.class, args);
    }
}
