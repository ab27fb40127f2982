package com.genstudio.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** The bucket's fields, bound both ways to the view-model; disabled while local storage is chosen. */
final class S3FieldsForm extends GridPane {
    private int row;

    S3FieldsForm(StorageSettingsViewModel model) {
        getStyleClass().add("s3-form");
        disableProperty().bind(model.useS3Property().not());
        row("Bucket", text("s3-bucket", model.bucketProperty(), "my-bucket"));
        row("Key prefix", text("s3-prefix", model.prefixProperty(), "optional, e.g. genstudio/"));
        row("Region", text("s3-region", model.regionProperty(), "us-east-1"));
        row("Endpoint", text("s3-endpoint", model.endpointProperty(), "empty for AWS; e.g. http://localhost:9000"));
        CheckBox pathStyle = new CheckBox("Path-style addressing (MinIO and most self-hosted servers)");
        pathStyle.setId("s3-path-style");
        pathStyle.selectedProperty().bindBidirectional(model.pathStyleProperty());
        add(pathStyle, 1, row++);
        row("Access key id", text("s3-access-key", model.accessKeyIdProperty(), "empty: AWS credential chain"));
        PasswordField secret = new PasswordField();
        secret.setId("s3-secret");
        secret.textProperty().bindBidirectional(model.secretProperty());
        row("Secret access key", secret);
        Label hint = new Label();
        hint.textProperty().bind(model.secretHintProperty());
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        add(hint, 1, row++);
    }

    private void row(String caption, Node field) {
        Label label = new Label(caption);
        label.getStyleClass().add("field-caption");
        add(label, 0, row);
        add(field, 1, row++);
        GridPane.setHgrow(field, Priority.ALWAYS);
    }

    private static TextField text(String id, StringProperty property, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
