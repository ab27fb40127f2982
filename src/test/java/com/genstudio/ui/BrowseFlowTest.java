package com.genstudio.ui;

import static com.genstudio.ui.StudioUiFixture.fx;
import static com.genstudio.ui.StudioUiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flow: Ctrl+B opens the project's recent images as a grid, across its sessions. */
class BrowseFlowTest {
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
    void browseProjectImages() {
        ui.submitFromOutside("red dunes", 2);
        ui.submitFromOutside("blue dunes", 1);
        waitUntil(() -> fx(() -> ui.window().model().gallery().images().size()) == 3);

        ui.robot.clickOn("#sidebar-list");
        ui.robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);

        waitUntil(() -> ui.robot.lookup("#browse-message").tryQuery().isPresent());
        Label message = ui.robot.lookup("#browse-message").queryAs(Label.class);
        waitUntil(() -> fx(message::getText).equals("3 most recent images"));
        waitUntil(() -> fx(() -> ui.robot.lookup("#browse-grid .thumbnail-tile").queryAll().stream()
                .filter(Node::isVisible).count()) == 3);
        assertThat(fx(() -> message.getScene().getWindow() != ui.stage)).isTrue();
    }
}
