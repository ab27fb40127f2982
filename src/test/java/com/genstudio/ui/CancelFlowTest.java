package com.genstudio.ui;

import static com.genstudio.ui.StudioUiFixture.fx;
import static com.genstudio.ui.StudioUiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.genstudio.domain.GenerationStatus;
import com.genstudio.ui.feed.GenerationItem;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flow: cancel a running generation from its card; it stays cancelled and offers Retry. */
class CancelFlowTest {
    @TempDir
    Path home;
    private StudioUiFixture ui;

    @BeforeEach
    void open() throws Exception {
        ui = new StudioUiFixture(home, 200, Duration.ofMillis(50));
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    @Test
    void cancelARunningGeneration() {
        ui.robot.clickOn("#prompt").write("a very slow painting");
        ui.robot.clickOn("#generate");
        ListView<GenerationItem> feed = ui.robot.lookup("#feed-list").queryListView();
        waitUntil(() -> fx(() -> !feed.getItems().isEmpty()
                && feed.getItems().getFirst().statusProperty().get() == GenerationStatus.RUNNING));
        Label badge = ui.robot.from(feed).lookup(".status-badge").queryAs(Label.class);
        assertThat(fx(badge::getText)).isEqualTo("Running");

        ui.robot.clickOn(ui.robot.from(feed).lookup(".card-cancel").queryAs(Button.class));

        waitUntil(() -> fx(() -> feed.getItems().getFirst().statusProperty().get() == GenerationStatus.CANCELLED));
        long id = fx(() -> feed.getItems().getFirst().id());
        assertThat(ui.studio.generations().find(id).orElseThrow().status()).isEqualTo(GenerationStatus.CANCELLED);
        Button retry = ui.robot.from(feed).lookup(".card-retry").queryAs(Button.class);
        assertThat(fx(retry::isVisible)).isTrue();
        assertThat(fx(badge::getText)).isEqualTo("Cancelled");
    }
}
