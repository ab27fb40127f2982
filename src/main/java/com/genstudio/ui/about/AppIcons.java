package com.genstudio.ui.about;

import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The GenStudio icon (drawn by packaging/icons/IconGenerator.java) for windows and dialogs. */
public final class AppIcons {
    private static final List<Integer> WINDOW_SIZES = List.of(16, 32, 64, 128);

    private AppIcons() {}

    public static Image of(int size) {
        return new Image(AppIcons.class.getResource("genstudio-" + size + ".png").toExternalForm());
    }

    /** Every size, so the window manager picks the one it needs for title bar, task bar and switcher. */
    public static void install(Stage stage) {
        WINDOW_SIZES.forEach(size -> stage.getIcons().add(of(size)));
    }
}
