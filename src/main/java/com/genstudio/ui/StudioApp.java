package com.genstudio.ui;

import com.genstudio.app.Studio;
import com.genstudio.app.StudioOptions;
import com.genstudio.config.AppPaths;
import com.genstudio.ui.about.AppIcons;
import com.genstudio.ui.common.Errors;
import com.genstudio.ui.common.FxDialogService;
import com.genstudio.ui.common.UiServices;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application. The window shows at once with a loading state while the studio opens in the
 * background (database, migrations, workers); closing the window closes the studio off the JavaFX thread.
 * {@link #StudioApp(Studio)} shows an already-open studio, which then stays its caller's to start and close.
 */
public class StudioApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(StudioApp.class);
    /** Set by the packaging's AOT training run (packaging/Packager.java): show the studio, let it settle, quit. */
    static final String QUIT_WHEN_SHOWN = "genstudio.quitWhenShown";

    private final Studio providedStudio;
    private volatile Studio studio;
    private volatile boolean closing;
    private MainWindow window;
    private LoadingPane loading;

    public StudioApp() {
        this(null);
    }

    public StudioApp(Studio studio) {
        this.providedStudio = studio;
    }

    @Override
    public void start(Stage stage) {
        Theme.apply();
        loading = new LoadingPane();
        stage.setTitle("GenStudio");
        AppIcons.install(stage);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(loading, Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight())));
        stage.setOnCloseRequest(event -> {
            event.consume();
            shutdown(stage);
        });
        stage.show();
        StartupProbe.mark("FIRST_WINDOW_SHOWN");
        Thread opener = new Thread(() -> open(stage), "studio-open");
        opener.setDaemon(true);
        opener.start();
    }

    private void open(Stage stage) {
        try {
            UiServices services = UiServices.of(providedStudio != null ? providedStudio : openOwnStudio());
            if (closing) {
                closeOwnStudio(null); // the window was closed while the studio was opening
                return;
            }
            Platform.runLater(() -> showWindow(stage, services));
        } catch (RuntimeException e) {
            LOG.error("Could not open the studio", e);
            Platform.runLater(() -> loading.showError("Could not open the studio: " + Errors.message(e)));
        }
    }

    private Studio openOwnStudio() {
        StudioOptions options = StudioOptions.defaults(AppPaths.fromEnvironment())
                .withForbiddenThread(Platform::isFxApplicationThread);
        Studio opened = Studio.open(options);
        studio = opened;
        opened.startWorkers();
        return opened;
    }

    private void showWindow(Stage stage, UiServices services) {
        if (closing) {
            return;
        }
        window = new MainWindow(stage, services, new FxDialogService(() -> stage));
        stage.getScene().setRoot(window.root());
        if (StartupProbe.EXIT_AFTER_FIRST_SHOW) { // the benchmark's cold-start figure
            StartupProbe.afterNextLayout(stage.getScene(), () -> {
                StartupProbe.mark("MAIN_WINDOW_SHOWN");
                shutdown(stage);
            });
        } else if (Boolean.getBoolean(QUIT_WHEN_SHOWN)) { // the installer build's AOT-cache training run
            PauseTransition settle = new PauseTransition(Duration.seconds(3));
            settle.setOnFinished(e -> shutdown(stage));
            settle.play();
        }
    }

    private void shutdown(Stage stage) {
        closing = true;
        MainWindow closed = window;
        if (closed != null) {
            closed.close();
            window = null;
        }
        stage.hide();
        Thread closer = new Thread(() -> closeOwnStudio(closed), "studio-close");
        closer.start(); // not a daemon: the JVM waits for the database to close cleanly
        Platform.exit();
    }

    /** Lets the window's background work finish first: closing the database under a running query fails it. */
    private void closeOwnStudio(MainWindow closedWindow) {
        awaitBackgroundWork(closedWindow);
        Studio own = studio;
        studio = null;
        if (own != null) {
            try {
                own.close();
            } catch (RuntimeException e) {
                LOG.warn("Closing the studio failed", e);
            }
        }
    }

    private static void awaitBackgroundWork(MainWindow closedWindow) {
        if (closedWindow == null) {
            return;
        }
        try {
            if (!closedWindow.awaitBackgroundWork(java.time.Duration.ofSeconds(3))) {
                LOG.warn("Background work still running while the studio closes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
