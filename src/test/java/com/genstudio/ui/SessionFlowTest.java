package com.genstudio.ui;

import static com.genstudio.ui.StudioUiFixture.fx;
import static com.genstudio.ui.StudioUiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.genstudio.domain.Session;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flow: create (Ctrl+N), rename and delete a session from the sidebar. */
class SessionFlowTest {
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
    void createRenameDeleteSession() {
        long projectId = ui.session().projectId();
        assertThat(ui.session().name()).isEqualTo("Session 1");

        ui.dialogs.answerText("Moodboard");
        ui.robot.clickOn("#sidebar-list");
        ui.robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> "Moodboard".equals(ui.session().name()));
        assertThat(ui.robot.lookup("Moodboard").tryQuery()).isPresent();

        ui.dialogs.answerText("Moodboard v2");
        ui.robot.clickOn("#sidebar-rename");
        waitUntil(() -> "Moodboard v2".equals(ui.session().name()));
        assertThat(names(projectId)).containsExactly("Session 1", "Moodboard v2");

        ui.dialogs.answerConfirm(true);
        ui.robot.clickOn("#sidebar-delete");
        waitUntil(() -> "Session 1".equals(ui.session().name()));
        assertThat(names(projectId)).containsExactly("Session 1");
        assertThat(fx(() -> ui.window().model().sidebar().entries().size())).isEqualTo(2);
        assertThat(ui.dialogs.asked()).anyMatch(q -> q.contains("Delete session \"Moodboard v2\""));
    }

    private java.util.List<String> names(long projectId) {
        return ui.studio.library().sessions(projectId).stream().map(Session::name).toList();
    }
}
