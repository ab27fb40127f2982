package com.genstudio.ui.gallery;

import com.genstudio.ui.common.ImageRef;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;

/** One square tile; its ImageView is created once and re-pointed as the cell is recycled. */
final class ThumbnailTile extends StackPane {
    private final ImageView view = new ImageView();
    private final Tooltip tooltip = new Tooltip();
    private final double size;

    ThumbnailTile(double size) {
        this.size = size;
        getStyleClass().add("thumbnail-tile");
        view.setFitWidth(size);
        view.setFitHeight(size);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        setMinSize(size, size);
        setPrefSize(size, size);
        setMaxSize(size, size);
        getChildren().add(view);
    }

    void show(ImageRef ref, ThumbnailCache cache) {
        setVisible(ref != null);
        if (ref == null) {
            view.setImage(null);
            Tooltip.uninstall(this, tooltip);
            return;
        }
        view.setImage(cache.get(ref.thumbnailUri(), size));
        tooltip.setText(ref.caption());
        Tooltip.install(this, tooltip);
    }
}
