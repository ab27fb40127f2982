package com.genstudio.ui.settings;

import atlantafx.base.theme.Styles;
import com.genstudio.ui.common.Icons;
import com.genstudio.ui.common.Stylesheets;
import com.genstudio.ui.settings.StorageSettingsViewModel.TestState;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/** The storage settings window: where outputs go, the bucket's fields, "Test connection" and Save. */
public final class StorageSettingsView {
    private final StorageSettingsViewModel model;
    private final Stage stage = new Stage();

    public StorageSettingsView(Window owner, StorageSettingsViewModel model) {
        this.model = model;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Settings — Storage");
        VBox root = new VBox(12, title(), choice(), new S3FieldsForm(model), testRow(), note(),
                actions());
        root.getStyleClass().add("storage-settings");
        Stylesheets.add(root, StorageSettingsView.class, "settings.css");
        Scene scene = new Scene(root, 640, 600);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
        model.load();
    }

    public Stage stage() {
        return stage;
    }

    private static Node title() {
        Label title = new Label("Where outputs are stored");
        title.getStyleClass().add(Styles.TITLE_4);
        return title;
    }

    private Node choice() {
        ToggleGroup group = new ToggleGroup();
        RadioButton local = new RadioButton("On this computer");
        local.setId("storage-local");
        RadioButton s3 = new RadioButton("In an S3-compatible bucket (AWS, MinIO, R2, B2, Supabase)");
        s3.setId("storage-s3");
        local.setToggleGroup(group);
        s3.setToggleGroup(group);
        s3.selectedProperty().bindBidirectional(model.useS3Property());
        local.setSelected(!model.useS3Property().get());
        model.useS3Property().subscribe(on -> local.setSelected(!on));
        return new VBox(6, local, s3);
    }

    private Node testRow() {
        Button test = new Button("Test connection", Icons.of(Feather.ACTIVITY));
        test.setId("test-connection");
        test.disableProperty().bind(model.useS3Property().not()
                .or(model.testStateProperty().isEqualTo(TestState.RUNNING)));
        test.setOnAction(e -> model.testConnection());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("test-spinner");
        spinner.visibleProperty().bind(model.testStateProperty().isEqualTo(TestState.RUNNING));
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label result = new Label();
        result.setId("test-result");
        result.setWrapText(true);
        result.textProperty().bind(model.testMessageProperty());
        model.testStateProperty().subscribe(state -> {
            result.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            if (state == TestState.OK) {
                result.getStyleClass().add(Styles.SUCCESS);
            } else if (state == TestState.FAILED) {
                result.getStyleClass().add(Styles.DANGER);
            }
        });
        HBox.setHgrow(result, Priority.ALWAYS);
        HBox row = new HBox(10, test, spinner, result);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node note() {
        Label note = new Label();
        note.setWrapText(true);
        note.textProperty().bind(model.overridesNoteProperty());
        note.getStyleClass().add(Styles.WARNING);
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    private Node actions() {
        Label saved = new Label();
        saved.setId("save-message");
        saved.setWrapText(true);
        saved.textProperty().bind(model.saveMessageProperty());
        saved.getStyleClass().add(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button save = new Button("Save", Icons.of(Feather.SAVE));
        save.setId("save-settings");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.disableProperty().bind(model.savingProperty());
        save.setOnAction(e -> model.save());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox bar = new HBox(8, saved, spacer, save, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("settings-actions");
        return bar;
    }
}
