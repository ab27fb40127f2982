package com.genstudio.ui.viewer;

import atlantafx.base.theme.Styles;
import com.genstudio.ui.common.Icons;
import com.genstudio.ui.common.ImageRef;
import com.genstudio.ui.common.Stylesheets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/** Full-size image window: fit or 100%, Left/Right to move, Esc to close. */
public final class ViewerWindow {
    /** Prism's texture limit per side; bigger outputs are shown downscaled. */
    private static final int MAX_TEXTURE_SIDE = 4096;

    private final ViewerViewModel model;
    private final Stage stage = new Stage();
    private final ImageView imageView = new ImageView();
    private final ScrollPane scroller = new ScrollPane();

    public ViewerWindow(Window owner, ViewerViewModel model) {
        this.model = model;
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.titleProperty().bind(model.title());
        imageView.setId("viewer-image");
        imageView.setPreserveRatio(true);
        imageView.setSmooth(true);
        StackPane canvas = new StackPane(imageView);
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
        model.current().subscribe(this::display);
        model.fitToWindowProperty().subscribe(this::applyZoom);
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

    private void display(ImageRef ref) {
        int w = Math.min(ref.width() > 0 ? ref.width() : MAX_TEXTURE_SIDE, MAX_TEXTURE_SIDE);
        int h = Math.min(ref.height() > 0 ? ref.height() : MAX_TEXTURE_SIDE, MAX_TEXTURE_SIDE);
        imageView.setImage(new Image(ref.fileUri(), w, h, true, true, true));
        applyZoom(model.fitToWindowProperty().get());
    }

    private void applyZoom(boolean fit) {
        imageView.fitWidthProperty().unbind();
        imageView.fitHeightProperty().unbind();
        if (fit) {
            imageView.fitWidthProperty().bind(scroller.widthProperty().subtract(4));
            imageView.fitHeightProperty().bind(scroller.heightProperty().subtract(4));
        } else {
            ImageRef ref = model.current().get();
            imageView.setFitWidth(ref.width());
            imageView.setFitHeight(ref.height());
        }
    }
}
