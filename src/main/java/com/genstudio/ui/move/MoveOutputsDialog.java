package com.genstudio.ui.move;

import atlantafx.base.theme.Styles;
import com.genstudio.ui.common.Icons;
import com.genstudio.ui.common.Stylesheets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/** A progress bar for "Move outputs to S3", with Stop; closing the window while it runs stops it too. */
public final class MoveOutputsDialog {
    private final Stage stage = new Stage();

    public MoveOutputsDialog(Window owner, MoveOutputsViewModel model) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Move outputs to S3");
        ProgressBar bar = new ProgressBar();
        bar.setId("move-progress");
        bar.progressProperty().bind(model.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        Label message = new Label();
        message.setId("move-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Button stop = new Button("Stop", Icons.of(Feather.PAUSE));
        stop.setId("move-stop");
        stop.disableProperty().bind(model.runningProperty().not());
        stop.setOnAction(e -> model.stop());
        Button again = new Button("Run again", Icons.of(Feather.UPLOAD_CLOUD));
        again.setId("move-again");
        again.disableProperty().bind(model.runningProperty());
        again.setOnAction(e -> model.start());
        Button close = new Button("Close");
        close.getStyleClass().add(Styles.ACCENT);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, stop, spacer, again, close);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox root = new VBox(12, message, bar, actions);
        root.getStyleClass().add("move-outputs");
        Stylesheets.add(root, MoveOutputsDialog.class, "move.css");
        stage.setScene(new Scene(root, 520, 190));
        stage.setOnHidden(e -> model.stop());
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }
}
