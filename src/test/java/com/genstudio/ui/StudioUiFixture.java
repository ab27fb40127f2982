package com.genstudio.ui;

import static org.awaitility.Awaitility.await;

import com.genstudio.app.Studio;
import com.genstudio.app.StudioOptions;
import com.genstudio.config.AppPaths;
import com.genstudio.domain.Session;
import com.genstudio.engine.RequestDraft;
import com.genstudio.providers.builtin.BuiltinEngine;
import com.genstudio.ui.common.UiServices;
import com.genstudio.ui.fakes.ScriptedDialogs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on a real studio in a temporary directory, with a fast built-in engine. The studio refuses
 * database access from the JavaFX thread, so a flow that did I/O there would fail.
 */
final class StudioUiFixture implements AutoCloseable {
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final FxRobot robot = new FxRobot();
    final Studio studio;
    final Stage stage;
    private final BuiltinEngine engine;
    private MainWindow window;

    StudioUiFixture(Path home, int steps, Duration stepDuration) throws Exception {
        engine = new BuiltinEngine(steps, stepDuration);
        studio = Studio.open(StudioOptions.defaults(new AppPaths(home)).withEngines(List.of(engine))
                .withForbiddenThread(Platform::isFxApplicationThread));
        studio.startWorkers();
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            Theme.apply();
            window = new MainWindow(stage, UiServices.of(studio), dialogs);
            stage.setScene(new Scene(window.root(), 1280, 800));
            stage.setTitle("GenStudio");
            stage.show();
        });
        waitUntil(() -> fx(() -> window.model().sidebar().sessionProperty().get() != null));
    }

    MainWindow window() {
        return window;
    }

    Session session() {
        return fx(() -> window.model().sidebar().sessionProperty().get());
    }

    /** Submits through the service, as the CLI in another process would. */
    void submitFromOutside(String prompt, int count) {
        var g = studio.generations();
        g.submit(g.parse(new RequestDraft(session().id(), prompt, "", "builtin", "", String.valueOf(count), "",
                "1:1", "512", "")));
    }

    static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void waitUntil(Supplier<Boolean> condition) {
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).until(condition::get);
    }

    @Override
    public void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            window.close();
        });
        FxToolkit.cleanupStages();
        studio.close();
        engine.close();
    }
}
