package com.genstudio.ui.feed;

import atlantafx.base.theme.Styles;
import com.genstudio.domain.GenerationStatus;
import com.genstudio.ui.common.Icons;
import com.genstudio.ui.common.ImageRef;
import com.genstudio.ui.gallery.ThumbnailCache;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.kordamp.ikonli.feather.Feather;

/** A generation card. Built once per recycled cell; updateItem re-points its bindings at another item. */
final class GenerationCell extends ListCell<GenerationItem> {
    private static final int THUMBS = 4;
    private static final double THUMB_SIZE = 72;

    private final FeedViewModel model;
    private final ThumbnailCache cache;
    private final Label status = new Label();
    private final Label prompt = new Label();
    private final Label details = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Label statusText = new Label();
    private final Label error = new Label();
    private final Button cancel = new Button("Cancel", Icons.of(Feather.X_CIRCLE));
    private final Button retry = new Button("Retry", Icons.of(Feather.ROTATE_CW));
    private final List<ImageView> thumbs = new ArrayList<>();
    private final HBox thumbRow = new HBox(6);
    private final VBox card;
    private Subscription bound = Subscription.EMPTY;

    GenerationCell(FeedViewModel model, ThumbnailCache cache) {
        this.model = model;
        this.cache = cache;
        getStyleClass().add("generation-cell");
        setPrefWidth(0); // the list's width decides, so long prompts wrap instead of scrolling sideways
        prompt.getStyleClass().add("card-prompt");
        prompt.setWrapText(true);
        details.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        status.getStyleClass().add("status-badge");
        statusText.getStyleClass().addAll(Styles.TEXT_SMALL, "card-status-text");
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL, "card-error");
        error.setWrapText(true);
        progress.getStyleClass().add(Styles.SMALL);
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        cancel.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, "card-cancel");
        retry.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, "card-retry");
        status.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        retry.setMinWidth(Region.USE_PREF_SIZE);
        statusText.setMinWidth(Region.USE_PREF_SIZE);
        for (int i = 0; i < THUMBS; i++) {
            thumbs.add(thumbnail(i));
        }
        thumbRow.getChildren().setAll(thumbs);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, status, details, spacer, cancel, retry);
        header.setAlignment(Pos.CENTER_LEFT);
        HBox progressRow = new HBox(10, progress, statusText);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        card = new VBox(6, header, prompt, progressRow, error, thumbRow);
        card.getStyleClass().add("generation-card");
        progressRow.managedProperty().bind(progressRow.visibleProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        thumbRow.managedProperty().bind(thumbRow.visibleProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        retry.managedProperty().bind(retry.visibleProperty());
        progressRow.visibleProperty().bind(cancel.visibleProperty());
    }

    private ImageView thumbnail(int index) {
        ImageView view = new ImageView();
        view.setFitWidth(THUMB_SIZE);
        view.setFitHeight(THUMB_SIZE);
        view.setPreserveRatio(true);
        view.getStyleClass().add("card-thumbnail");
        view.setOnMouseClicked(e -> {
            if (getItem() != null) {
                model.openImage(getItem(), index);
            }
        });
        return view;
    }

    @Override
    protected void updateItem(GenerationItem item, boolean empty) {
        super.updateItem(item, empty);
        bound.unsubscribe();
        bound = Subscription.EMPTY;
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        prompt.setText(item.prompt());
        details.setText(item.details());
        progress.progressProperty().bind(item.displayProgress());
        statusText.textProperty().bind(item.statusTextProperty());
        error.textProperty().bind(item.errorTextProperty());
        cancel.visibleProperty().bind(item.active());
        retry.visibleProperty().bind(item.retryable());
        cancel.setOnAction(e -> model.cancel(item));
        retry.setOnAction(e -> model.retry(item));
        bound = Subscription.combine(
                item.statusProperty().subscribe(this::showStatus),
                item.imagesProperty().subscribe(this::showImages),
                this::unbindAll);
        setGraphic(card);
        model.shown(getIndex());
    }

    private void unbindAll() {
        progress.progressProperty().unbind();
        statusText.textProperty().unbind();
        error.textProperty().unbind();
        cancel.visibleProperty().unbind();
        retry.visibleProperty().unbind();
    }

    private void showStatus(GenerationStatus value) {
        status.setText(value.name().charAt(0) + value.name().substring(1).toLowerCase());
        status.getStyleClass().removeIf(c -> c.startsWith("status-is-"));
        status.getStyleClass().add("status-is-" + value.name().toLowerCase());
    }

    private void showImages(List<ImageRef> images) {
        for (int i = 0; i < thumbs.size(); i++) {
            ImageView view = thumbs.get(i);
            boolean present = i < images.size();
            view.setImage(present ? cache.get(images.get(i).thumbnailUri(), THUMB_SIZE) : null);
            view.setVisible(present);
            view.setManaged(present);
        }
        thumbRow.setVisible(!images.isEmpty());
    }
}
