package com.genstudio.ui.gallery;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/** The session's images as a grid; clicking one opens the viewer. */
public final class GalleryView extends BorderPane {

    public GalleryView(GalleryViewModel model, ThumbnailCache cache) {
        getStyleClass().add("gallery-view");
        ThumbnailGrid grid = new ThumbnailGrid(model.images(), 160, cache, model::open, model::nearEnd);
        grid.setId("gallery-grid");
        Label empty = new Label();
        empty.getStyleClass().addAll("empty-state", Styles.TEXT_MUTED);
        empty.textProperty().bind(model.message());
        empty.visibleProperty().bind(model.message().isNotEmpty());
        empty.setMouseTransparent(true);
        setCenter(new StackPane(grid, empty));
    }
}
