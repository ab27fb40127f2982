package com.genstudio.ui.browse;

import atlantafx.base.theme.Styles;
import com.genstudio.ui.common.Stylesheets;
import com.genstudio.ui.gallery.ThumbnailCache;
import com.genstudio.ui.gallery.ThumbnailGrid;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A window with a project's most recent images as a thumbnail grid; clicking one opens the viewer. */
public final class BrowseDialog {
    private final Stage stage = new Stage();

    public BrowseDialog(Window owner, String projectName, BrowseViewModel model, ThumbnailCache cache) {
        stage.initOwner(owner);
        stage.setTitle("Browse images — " + projectName);
        Label header = new Label();
        header.setId("browse-message");
        header.textProperty().bind(model.messageProperty());
        header.getStyleClass().addAll("browse-header", Styles.TEXT_MUTED);
        ThumbnailGrid grid = new ThumbnailGrid(model.images(), 128, cache, model::open, () -> {});
        grid.setId("browse-grid");
        BorderPane root = new BorderPane(grid);
        root.setTop(header);
        root.getStyleClass().add("browse-dialog");
        Stylesheets.add(root, BrowseDialog.class, "browse.css");
        Scene scene = new Scene(root, 860, 620);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }
}
