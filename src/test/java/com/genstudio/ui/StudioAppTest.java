package com.genstudio.ui;

import static com.genstudio.ui.StudioUiFixture.fx;
import static com.genstudio.ui.StudioUiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.genstudio.app.Studio;
import com.genstudio.app.StudioOptions;
import com.genstudio.config.AppPaths;
import com.genstudio.providers.builtin.BuiltinEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The application shows its loading state, then the studio window once the library has loaded. */
class StudioAppTest {
    @TempDir
    Path home;

    @Test
    void startsOnAnAlreadyOpenStudio() throws Exception {
        try (BuiltinEngine engine = new BuiltinEngine(4, Duration.ofMillis(10));
             Studio studio = Studio.open(StudioOptions.defaults(new AppPaths(home)).withEngines(List.of(engine))
                     .withForbiddenThread(Platform::isFxApplicationThread))) {
            Stage stage = FxToolkit.registerPrimaryStage();
            StudioApp app = (StudioApp) FxToolkit.setupApplication(() -> new StudioApp(studio));
            FxRobot robot = new FxRobot();

            waitUntil(() -> robot.lookup("My first project").tryQuery().isPresent());
            assertThat(fx(() -> stage.getScene().getRoot().getStyleClass())).contains("studio");
            assertThat(fx(stage::getTitle)).isEqualTo("GenStudio");

            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }
}
