package com.genstudio.ui.viewer;

import atlantafx.base.theme.Styles;
import com.genstudio.ui.common.Icons;
import com.genstudio.ui.common.ImageRef;
import com.genstudio.ui.common.Stylesheets;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.media.MediaView;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/** Full-size image or video window: fit or 100%, Left/Right to move, Esc to close. */
public final class ViewerWindow {
    private final ViewerViewModel model;
    private final Stage stage = new Stage();
    private final ImageView imageView = new ImageView();
    private final MediaView videoView = new MediaView();
    private final ScrollPane scroller = new ScrollPane();

    public ViewerWindow(Window owner, ViewerViewModel model) {
        this.model = model;
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.titleProperty().bind(model.title());
        imageView.setId("viewer-image");
        imageView.setPreserveRatio(true);
        imageView.setSmooth(true);
        imageView.imageProperty().bind(model.imageProperty());
        videoView.setId("viewer-video");
        videoView.setPreserveRatio(true);
        videoView.mediaPlayerProperty().bind(model.playerProperty());
        Label notice = new Label();
        notice.setId("viewer-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        notice.getStyleClass().add("viewer-notice");
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        StackPane canvas = new StackPane(imageView, videoView, notice);
        canvas.getStyleClass().add("viewer-canvas");
        canvas.minWidthProperty().bind(scroller.widthProperty().subtract(2));
        canvas.minHeightProperty().bind(scroller.heightProperty().subtract(2));
        scroller.setContent(canvas);
        scroller.getStyleClass().add("viewer-scroller");
        BorderPane root = new BorderPane(scroller);
        root.getStyleClass().add("viewer");
        root.setBottom(toolbar());
        Stylesheets.add(root, ViewerWindow.class, "viewer.css");
        Scene scene = new Scene(root, 960, 720);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        stage.setScene(scene);
        model.current().subscribe(ref -> applyZoom(model.fitToWindowProperty().get()));
        model.fitToWindowProperty().subscribe(this::applyZoom);
        stage.setOnHidden(e -> model.close());
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private HBox toolbar() {
        Button previous = iconButton(Feather.CHEVRON_LEFT, "Previous (Left)", model::previous);
        previous.disableProperty().bind(model.indexProperty().isEqualTo(0));
        Button next = iconButton(Feather.CHEVRON_RIGHT, "Next (Right)", model::next);
        next.disableProperty().bind(model.indexProperty().isEqualTo(model.size() - 1));
        ToggleButton fit = new ToggleButton("Fit", Icons.of(Feather.MAXIMIZE));
        fit.selectedProperty().bindBidirectional(model.fitToWindowProperty());
        fit.setTooltip(new Tooltip("Fit to window / 100% (F)"));
        Label caption = new Label();
        caption.textProperty().bind(model.title());
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = iconButton(Feather.X, "Close (Esc)", stage::close);
        HBox bar = new HBox(8, previous, next, fit, caption, spacer, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("viewer-toolbar");
        return bar;
    }

    private static Button iconButton(Feather icon, String tip, Runnable action) {
        Button button = new Button(null, Icons.of(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }

    private void onKey(KeyEvent event) {
        switch (event.getCode()) {
            case LEFT -> model.previous();
            case RIGHT -> model.next();
            case ESCAPE -> stage.close();
            case F, DIGIT1 -> model.toggleZoom();
            default -> { return; }
        }
        event.consume();
    }

    private void applyZoom(boolean fit) {
        ImageRef ref = model.current().get();
        fit(imageView.fitWidthProperty(), imageView.fitHeightProperty(), fit, ref);
        fit(videoView.fitWidthProperty(), videoView.fitHeightProperty(), fit, ref);
    }

    private void fit(DoubleProperty width, DoubleProperty height, boolean fit, ImageRef ref) {
        width.unbind();
        height.unbind();
        if (fit) {
            width.bind(scroller.widthProperty().subtract(4));
            height.bind(scroller.heightProperty().subtract(4));
        } else {
            width.set(ref.width());
            height.set(ref.height());
        }
    }
}
