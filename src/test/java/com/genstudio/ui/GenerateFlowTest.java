package com.genstudio.ui;

import static com.genstudio.ui.StudioUiFixture.fx;
import static com.genstudio.ui.StudioUiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.genstudio.domain.GenerationStatus;
import com.genstudio.ui.feed.GenerationItem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flow: type a prompt, press Ctrl+Enter, watch the card's progress bar move, then find the images in the gallery. */
class GenerateFlowTest {
    @TempDir
    Path home;
    private StudioUiFixture ui;

    @BeforeEach
    void open() throws Exception {
        ui = new StudioUiFixture(home, 16, Duration.ofMillis(60));
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    @Test
    void promptCtrlEnterProgressThenGallery() {
        ui.robot.clickOn("#prompt").write("a lighthouse at dusk");
        ui.robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        ListView<GenerationItem> feed = ui.robot.lookup("#feed-list").queryListView();
        waitUntil(() -> fx(() -> feed.getItems().size()) == 1);
        List<Double> seen = new CopyOnWriteArrayList<>();
        fx(() -> {
            ProgressBar bar = ui.robot.from(feed).lookup(".progress-bar").queryAs(ProgressBar.class);
            seen.add(bar.getProgress());
            bar.progressProperty().subscribe(v -> seen.add(v.doubleValue()));
            return bar;
        });

        waitUntil(() -> fx(() -> ui.window().model().gallery().images().size()) == 1);
        assertThat(seen).as("the bar moved through intermediate values").anyMatch(v -> v > 0 && v < 1);
        assertThat(fx(() -> feed.getItems().getFirst().statusProperty().get())).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(fx(() -> feed.getItems().getFirst().prompt())).isEqualTo("a lighthouse at dusk");
        waitUntil(() -> fx(() -> ui.robot.lookup("#gallery-grid .thumbnail-tile").queryAll().stream()
                .anyMatch(javafx.scene.Node::isVisible)));
        assertThat(ui.studio.generations().history(ui.session().id(), null, 10).items()).hasSize(1);
    }
}
