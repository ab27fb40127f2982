package com.genstudio.ui;

import atlantafx.base.theme.Styles;
import com.genstudio.ui.browse.BrowseDialog;
import com.genstudio.ui.common.DialogService;
import com.genstudio.ui.common.FxBackgroundExecutor;
import com.genstudio.ui.common.ImageRef;
import com.genstudio.ui.common.Stylesheets;
import com.genstudio.ui.common.UiServices;
import com.genstudio.ui.composer.ComposerView;
import com.genstudio.ui.feed.FeedView;
import com.genstudio.ui.gallery.GalleryView;
import com.genstudio.ui.gallery.ThumbnailCache;
import com.genstudio.ui.move.MoveOutputsDialog;
import com.genstudio.ui.move.MoveOutputsViewModel;
import com.genstudio.ui.settings.StorageSettingsView;
import com.genstudio.ui.settings.StorageSettingsViewModel;
import com.genstudio.ui.sidebar.SidebarView;
import com.genstudio.ui.status.StatusBarView;
import com.genstudio.ui.viewer.FxViewerMedia;
import com.genstudio.ui.viewer.ViewerViewModel;
import com.genstudio.ui.viewer.ViewerWindow;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The studio window's content: menu, sidebar, composer over feed, gallery, status bar. */
public final class MainWindow {
    private static final KeyCombination GENERATE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final Stage stage;
    private final UiServices services;
    private final DialogService dialogs;
    private final FxBackgroundExecutor background = new FxBackgroundExecutor(3);
    private final StudioViewModel model;
    private final ThumbnailCache thumbnails = new ThumbnailCache(400);
    private final BorderPane root = new BorderPane();
    private final ComposerView composer;

    public MainWindow(Stage stage, UiServices services, DialogService dialogs) {
        this.stage = stage;
        this.services = services;
        this.dialogs = dialogs;
        this.model = new StudioViewModel(services, background, dialogs, Platform::runLater);
        model.setImageOpener(this::openViewer);
        composer = new ComposerView(model.composer());
        root.getStyleClass().add("studio");
        Stylesheets.add(root, MainWindow.class, "studio.css");
        root.setTop(new MainMenu(this).bar());
        root.setCenter(content());
        root.setBottom(new StatusBarView(model.status()));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        model.start();
    }

    private SplitPane content() {
        VBox left = new VBox(composer, new FeedView(model.feed(), thumbnails));
        left.getStyleClass().add("work-column");
        VBox.setVgrow(left.getChildren().get(1), javafx.scene.layout.Priority.ALWAYS);
        SidebarView sidebar = new SidebarView(model.sidebar());
        Label galleryTitle = new Label("Gallery");
        galleryTitle.getStyleClass().addAll(Styles.TEXT_CAPTION, "pane-title");
        BorderPane gallery = new BorderPane(new GalleryView(model.gallery(), thumbnails));
        gallery.setTop(galleryTitle);
        SplitPane split = new SplitPane(sidebar, left, gallery);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.19, 0.58);
        SplitPane.setResizableWithParent(sidebar, false);
        return split;
    }

    private void onKey(KeyEvent event) {
        if (GENERATE.match(event)) {
            model.composer().generate();
            event.consume();
        }
    }

    public Parent root() { return root; }

    public Stage stage() { return stage; }

    public StudioViewModel model() { return model; }

    void newSession() { model.sidebar().newSession(); }

    void newProject() { model.sidebar().newProject(); }

    void renameSelected() { model.sidebar().renameSelected(); }

    void deleteSelected() { model.sidebar().deleteSelected(); }

    void generate() { model.composer().generate(); }

    void focusPrompt() { composer.focusPrompt(); }

    void browseProject() {
        model.browseSelectedProject().ifPresent(browse -> {
            browse.model().setOpener(this::openViewer);
            new BrowseDialog(stage, browse.projectName(), browse.model(), thumbnails).show();
        });
    }

    void openSettings() {
        new StorageSettingsView(stage, new StorageSettingsViewModel(services.storageSettings(), background)).show();
    }

    void moveOutputsToS3() {
        services.mover().ifPresentOrElse(mover -> {
            MoveOutputsViewModel move = new MoveOutputsViewModel(mover, background, Platform::runLater);
            new MoveOutputsDialog(stage, move).show();
            move.start();
        }, () -> dialogs.showInfo("Move outputs to S3", """
                GenStudio stores outputs on this computer, so there is no bucket to move them to yet.

                Choose "In an S3-compatible bucket" in File → Settings…, save, and restart GenStudio; then \
                run this again to move the outputs made so far."""));
    }

    private void openViewer(List<ImageRef> images, int index) {
        if (!images.isEmpty()) {
            new ViewerWindow(stage, new ViewerViewModel(images, index, background, new FxViewerMedia())).show();
        }
    }

    /** Waits (off the FX thread) for background work that was running at {@link #close} to end. */
    public boolean awaitBackgroundWork(java.time.Duration timeout) throws InterruptedException {
        return background.awaitIdle(timeout);
    }

    /** Releases the event subscription and stops background work; the studio itself is closed by its owner. */
    public void close() {
        model.close();
        background.close();
    }
}
