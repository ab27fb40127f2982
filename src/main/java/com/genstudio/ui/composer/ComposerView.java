package com.genstudio.ui.composer;

import atlantafx.base.theme.Styles;
import com.genstudio.domain.AspectRatio;
import com.genstudio.engine.EngineDescriptor;
import com.genstudio.engine.Field;
import com.genstudio.engine.ModelDescriptor;
import com.genstudio.ui.common.Icons;
import com.genstudio.ui.common.Stylesheets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The request form; every field has its own error label right under it. */
public final class ComposerView extends VBox {
    private final ComposerViewModel model;
    private final TextArea prompt = new TextArea();

    public ComposerView(ComposerViewModel model) {
        super(6);
        this.model = model;
        getStyleClass().add("composer");
        Stylesheets.add(this, ComposerView.class, "composer.css");
        prompt.setId("prompt");
        prompt.setPromptText("Describe the image…  (Ctrl+Enter to generate)");
        prompt.setWrapText(true);
        prompt.setPrefRowCount(4);
        prompt.textProperty().bindBidirectional(model.promptProperty());
        TextArea negative = new TextArea();
        negative.setId("negative-prompt");
        negative.setPromptText("What to avoid (optional)");
        negative.setWrapText(true);
        negative.setPrefRowCount(2);
        negative.textProperty().bindBidirectional(model.negativePromptProperty());
        getChildren().addAll(
                caption("Prompt"), prompt, errorLabel(Field.PROMPT),
                caption("Negative prompt"), negative, errorLabel(Field.NEGATIVE_PROMPT),
                caption("Engine"), enginePicker(), errorLabel(Field.ENGINE), errorLabel(Field.MODEL),
                engineDescription(), settings(), actions());
    }

    public void focusPrompt() {
        prompt.requestFocus();
    }

    private Node enginePicker() {
        ModelPicker picker = model.picker();
        ComboBox<EngineDescriptor> engines = new ComboBox<>(picker.engines());
        engines.setId("engine");
        engines.valueProperty().bindBidirectional(picker.engineProperty());
        ComboBox<ModelDescriptor> models = new ComboBox<>(picker.models());
        models.setId("model");
        models.valueProperty().bindBidirectional(picker.modelProperty());
        engines.setMaxWidth(Double.MAX_VALUE);
        models.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(engines, Priority.ALWAYS);
        HBox.setHgrow(models, Priority.ALWAYS);
        return new HBox(6, engines, models);
    }

    private Node engineDescription() {
        Label text = new Label();
        text.setId("engine-description");
        text.setWrapText(true);
        text.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "engine-description");
        text.textProperty().bind(model.picker().description());
        return text;
    }

    private Node settings() {
        ComboBox<Integer> count = new ComboBox<>();
        count.getItems().setAll(ComposerViewModel.COUNTS);
        count.setId("count");
        count.valueProperty().bindBidirectional(model.countProperty());
        ComboBox<AspectRatio> aspect = new ComboBox<>(model.aspects());
        aspect.setId("aspect");
        aspect.valueProperty().bindBidirectional(model.aspectProperty());
        ComboBox<Integer> size = new ComboBox<>();
        size.getItems().setAll(ComposerViewModel.LONG_SIDES);
        size.setId("long-side");
        size.valueProperty().bindBidirectional(model.longSideProperty());
        TextField seed = new TextField();
        seed.setId("seed");
        seed.setPromptText("random");
        seed.textProperty().bindBidirectional(model.seedProperty());
        GridPane grid = new GridPane(10, 2);
        grid.getStyleClass().add("composer-settings");
        grid.addRow(0, caption("Count"), caption("Aspect"), caption("Long side"), caption("Seed"));
        grid.addRow(1, count, aspect, size, seed);
        grid.add(errorLabel(Field.COUNT), 0, 2);
        grid.add(errorLabel(Field.SIZE), 1, 2, 2, 1);
        grid.add(errorLabel(Field.SEED), 3, 2);
        count.setMaxWidth(Double.MAX_VALUE);
        aspect.setMaxWidth(Double.MAX_VALUE);
        size.setMaxWidth(Double.MAX_VALUE);
        return grid;
    }

    private Node actions() {
        Button generate = new Button("Generate", Icons.of(Feather.ZAP));
        generate.setId("generate");
        generate.setDefaultButton(false);
        generate.getStyleClass().addAll(Styles.ACCENT, "generate-button");
        generate.setTooltip(new Tooltip("Generate (Ctrl+Enter)"));
        generate.setOnAction(e -> model.generate());
        generate.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(generate, Priority.ALWAYS);
        Label sending = new Label();
        sending.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        sending.textProperty().bind(model.submittingProperty().map(n -> n.intValue() > 0 ? "Submitting…" : ""));
        Label formError = new Label();
        formError.setId("form-error");
        formError.setWrapText(true);
        formError.getStyleClass().addAll("field-error", Styles.DANGER);
        formError.textProperty().bind(model.formErrorProperty());
        formError.managedProperty().bind(formError.textProperty().isNotEmpty());
        HBox row = new HBox(8, generate, sending);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, row, formError);
    }

    private Label errorLabel(Field field) {
        Label label = new Label();
        label.setId("error-" + field.name().toLowerCase().replace('_', '-'));
        label.setWrapText(true);
        label.getStyleClass().addAll("field-error", Styles.DANGER, Styles.TEXT_SMALL);
        label.textProperty().bind(model.errorFor(field));
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_CAPTION, "field-caption");
        return label;
    }
}
