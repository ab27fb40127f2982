package com.genstudio.ui.status;

import atlantafx.base.theme.Styles;
import com.genstudio.ui.common.Icons;
import com.genstudio.ui.common.Stylesheets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/** Bottom bar: activity counts and where the data lives. */
public final class StatusBarView extends HBox {

    public StatusBarView(StatusBarViewModel model) {
        super(16);
        getStyleClass().add("status-bar");
        Stylesheets.add(this, StatusBarView.class, "status.css");
        setAlignment(Pos.CENTER_LEFT);
        Label running = new Label("", Icons.of(Feather.ACTIVITY));
        running.setId("status-running");
        running.textProperty().bind(model.runningProperty().asString("%d running"));
        Label queued = new Label("", Icons.of(Feather.CLOCK));
        queued.setId("status-queued");
        queued.textProperty().bind(model.queuedProperty().asString("%d queued"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label data = new Label("", Icons.of(Feather.FOLDER));
        data.textProperty().bind(model.dataDirectoryProperty());
        data.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(running, queued, spacer, data);
    }
}
