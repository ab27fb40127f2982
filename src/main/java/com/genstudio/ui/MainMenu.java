package com.genstudio.ui;

import com.genstudio.config.AppPaths;
import com.genstudio.ui.about.AboutDialog;
import com.genstudio.ui.about.AboutInfo;
import com.genstudio.ui.common.Icons;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.WindowEvent;
import org.kordamp.ikonli.feather.Feather;

/** The menu bar and its shortcuts. Ctrl+Enter (generate) is handled by the window so it works inside text areas. */
final class MainMenu {
    private final MainWindow window;

    MainMenu(MainWindow window) {
        this.window = window;
    }

    MenuBar bar() {
        Menu file = new Menu("File", null,
                item("New project…", Feather.FOLDER_PLUS, "Shortcut+Shift+N", window::newProject),
                item("New session…", Feather.PLUS, "Shortcut+N", window::newSession),
                new SeparatorMenuItem(),
                item("Browse project images", Feather.GRID, "Shortcut+B", window::browseProject),
                new SeparatorMenuItem(),
                item("Settings…", Feather.SETTINGS, "Shortcut+Comma", window::openSettings),
                item("Move outputs to S3…", Feather.UPLOAD_CLOUD, null, window::moveOutputsToS3),
                new SeparatorMenuItem(),
                item("Quit", Feather.LOG_OUT, "Shortcut+Q", this::quit));
        Menu session = new Menu("Session", null,
                item("Generate", Feather.ZAP, null, window::generate),
                item("Focus prompt", Feather.EDIT_3, "Shortcut+L", window::focusPrompt),
                new SeparatorMenuItem(),
                item("Rename selected…", Feather.EDIT_2, "F2", window::renameSelected),
                item("Delete selected…", Feather.TRASH_2, null, window::deleteSelected));
        Menu help = new Menu("Help", null, item("About GenStudio", Feather.INFO, "F1", this::about));
        MenuBar bar = new MenuBar(file, session, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String text, Feather icon, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text, Icons.of(icon));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private void quit() {
        window.stage().fireEvent(new WindowEvent(window.stage(), WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    private void about() {
        AboutDialog.show(window.stage(), AboutInfo.current(AppPaths.fromEnvironment()));
    }
}
