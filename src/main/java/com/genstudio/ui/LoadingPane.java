package com.genstudio.ui;

import atlantafx.base.theme.Styles;
import com.genstudio.ui.common.Stylesheets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** What the window shows while the studio opens, or why it could not. */
final class LoadingPane extends VBox {
    private final Label text = new Label("Opening your library…");
    private final ProgressIndicator spinner = new ProgressIndicator();

    LoadingPane() {
        super(16);
        getStyleClass().add("loading-pane");
        Stylesheets.add(this, LoadingPane.class, "studio.css");
        setAlignment(Pos.CENTER);
        text.getStyleClass().add(Styles.TITLE_4);
        text.setWrapText(true);
        getChildren().addAll(spinner, text);
    }

    void showError(String message) {
        spinner.setVisible(false);
        text.setText(message);
        text.getStyleClass().add(Styles.DANGER);
    }
}
