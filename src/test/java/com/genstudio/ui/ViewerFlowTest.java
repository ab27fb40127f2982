package com.genstudio.ui;

import static com.genstudio.ui.StudioUiFixture.fx;
import static com.genstudio.ui.StudioUiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flow: images made elsewhere (the CLI) appear live; open one from the gallery and move with the arrow keys. */
class ViewerFlowTest {
    @TempDir
    Path home;
    private StudioUiFixture ui;

    @BeforeEach
    void open() throws Exception {
        ui = new StudioUiFixture(home, 4, Duration.ofMillis(20));
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    @Test
    void openFromGalleryAndNavigate() {
        ui.submitFromOutside("three moons", 3);
        waitUntil(() -> fx(() -> ui.window().model().gallery().images().size()) == 3);
        waitUntil(() -> fx(() -> ui.robot.lookup("#gallery-grid .thumbnail-tile").queryAll().stream()
                .filter(Node::isVisible).count()) == 3);

        Node first = fx(() -> ui.robot.lookup("#gallery-grid .thumbnail-tile").queryAll().iterator().next());
        ui.robot.clickOn(first);
        waitUntil(() -> viewer().isPresent());
        assertThat(title()).startsWith("1 / 3");
        assertThat(ui.robot.lookup("#viewer-image").tryQuery()).isPresent();

        ui.robot.type(KeyCode.RIGHT);
        waitUntil(() -> title().startsWith("2 / 3"));
        ui.robot.type(KeyCode.RIGHT);
        waitUntil(() -> title().startsWith("3 / 3"));
        ui.robot.type(KeyCode.RIGHT);
        ui.robot.type(KeyCode.LEFT);
        waitUntil(() -> title().startsWith("2 / 3"));

        ui.robot.type(KeyCode.ESCAPE);
        waitUntil(() -> viewer().isEmpty());
    }

    private Optional<Stage> viewer() {
        return fx(() -> ui.robot.listWindows().stream()
                .filter(w -> w instanceof Stage s && s.isShowing() && s.getTitle() != null && s.getTitle().contains(" / "))
                .map(Stage.class::cast).findFirst());
    }

    private String title() {
        return viewer().map(s -> fx(s::getTitle)).orElse("");
    }
}
