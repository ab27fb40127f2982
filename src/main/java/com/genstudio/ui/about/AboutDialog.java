package com.genstudio.ui.about;

import atlantafx.base.theme.Styles;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Help → About: the version, the runtime, where data and logs are kept, and the keyboard shortcuts. */
public final class AboutDialog {
    private static final String SHORTCUTS = """
            Ctrl+Enter  generate
            Ctrl+N      new session
            Ctrl+B      browse project images
            Ctrl+L      focus the prompt
            Ctrl+,      settings
            In the viewer: Left/Right to move, F to toggle fit/100%, Esc to close.""";

    private AboutDialog() {}

    public static void show(Window owner, AboutInfo info) {
        Dialog<Void> dialog = create(info);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.showAndWait();
    }

    static Dialog<Void> create(AboutInfo info) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("About GenStudio");
        dialog.setHeaderText(info.title());
        dialog.setGraphic(new ImageView(AppIcons.of(64)));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setContent(content(info));
        if (dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) {
            AppIcons.install(stage);
        }
        return dialog;
    }

    private static VBox content(AboutInfo info) {
        Label tagline = new Label("A desktop studio for image generation.");
        Label runtime = new Label(info.runtime());
        runtime.getStyleClass().add(Styles.TEXT_MUTED);

        GridPane places = new GridPane(8, 6);
        places.addRow(0, new Label("Data"), path(info.dataDirectory().toString()));
        places.addRow(1, new Label("Log"), path(info.logFile().toString()));

        Label shortcuts = new Label(SHORTCUTS);
        shortcuts.getStyleClass().add(Styles.TEXT_SMALL);
        VBox box = new VBox(12, tagline, runtime, places, shortcuts);
        box.setPrefWidth(520);
        return box;
    }

    // Read-only fields rather than labels, so a path can be selected and copied.
    private static TextField path(String text) {
        TextField field = new TextField(text);
        field.setEditable(false);
        field.setPrefColumnCount(36);
        return field;
    }
}
