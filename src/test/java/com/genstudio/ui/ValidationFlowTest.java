package com.genstudio.ui;

import static com.genstudio.ui.StudioUiFixture.fx;
import static com.genstudio.ui.StudioUiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flow: Generate with an empty prompt shows the message under the prompt and stores nothing. */
class ValidationFlowTest {
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
    void emptyPromptIsRefusedNextToTheField() {
        ui.robot.clickOn("#generate");

        Label error = ui.robot.lookup("#error-prompt").queryAs(Label.class);
        waitUntil(() -> fx(() -> !error.getText().isEmpty()));
        assertThat(fx(error::isVisible)).isTrue();
        assertThat(fx(error::getText)).contains("Prompt");
        assertThat(fx(() -> ui.window().model().feed().items())).isEmpty();
        assertThat(ui.studio.generations().history(ui.session().id(), null, 10).items()).isEmpty();

        ui.robot.clickOn("#prompt").write("now with words");
        ui.robot.clickOn("#generate");
        waitUntil(() -> fx(() -> error.getText().isEmpty()));
    }
}
