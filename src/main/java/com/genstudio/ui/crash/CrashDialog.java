package com.genstudio.ui.crash;

import com.genstudio.ui.about.AppIcons;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The crash report on screen: what went wrong in one line, and where the log with the details is. */
final class CrashDialog implements CrashReporter.Presenter {
    static final ButtonType COPY_PATH = new ButtonType("Copy log path", ButtonBar.ButtonData.LEFT);

    @Override
    public void show(Throwable error, Path logFile, Runnable dismissed) {
        Runnable showIt = () -> {
            try {
                Alert alert = create(error, logFile);
                while (alert.showAndWait().filter(COPY_PATH::equals).isPresent()) {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(logFile.toString());
                    Clipboard.getSystemClipboard().setContent(content);
                }
            } finally {
                dismissed.run();
            }
        };
        // runLater even on the JavaFX thread: showAndWait is not allowed inside a layout or animation pulse.
        Platform.runLater(showIt);
    }

    static Alert create(Throwable error, Path logFile) {
        Alert alert = new Alert(Alert.AlertType.ERROR, null, COPY_PATH, ButtonType.CLOSE);
        alert.setTitle("GenStudio");
        alert.setHeaderText("Something went wrong");
        Label what = new Label(summary(error));
        what.setWrapText(true);
        TextField where = new TextField(logFile.toString());
        where.setEditable(false);
        Label hint = new Label("GenStudio keeps running. The details are in the log file:");
        hint.setWrapText(true);
        VBox content = new VBox(10, what, hint, where);
        content.setPrefWidth(480);
        alert.getDialogPane().setContent(content);
        if (alert.getDialogPane().getScene().getWindow() instanceof Stage stage) {
            AppIcons.install(stage);
        }
        return alert;
    }

    static String summary(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        String type = root.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message;
    }
}
