package com.genstudio.ui.feed;

import atlantafx.base.theme.Styles;
import com.genstudio.ui.common.Stylesheets;
import com.genstudio.ui.gallery.ThumbnailCache;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;

/** The session's generations as cards, newest first; the next page loads as the last cards scroll in. */
public final class FeedView extends StackPane {

    public FeedView(FeedViewModel model, ThumbnailCache cache) {
        getStyleClass().add("feed");
        Stylesheets.add(this, FeedView.class, "feed.css");
        ListView<GenerationItem> list = new ListView<>(model.items());
        list.setId("feed-list");
        list.getStyleClass().add("feed-list");
        list.setCellFactory(l -> new GenerationCell(model, cache));
        Label message = new Label();
        message.setId("feed-message");
        message.setWrapText(true);
        message.getStyleClass().addAll("empty-state", Styles.TEXT_MUTED);
        message.textProperty().bind(model.message());
        message.visibleProperty().bind(model.message().isNotEmpty());
        message.setMouseTransparent(true);
        getChildren().addAll(list, message);
    }
}
