package com.genstudio.ui;

import static com.genstudio.ui.StudioUiFixture.fx;
import static com.genstudio.ui.StudioUiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.genstudio.config.AppPaths;
import com.genstudio.config.StorageSettings;
import com.genstudio.storage.s3.S3MockServer;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flow: Ctrl+, opens storage settings; fill in a bucket, test it against a real S3 server and a dead one, save. */
class SettingsFlowTest {
    @TempDir
    Path home;
    private StudioUiFixture ui;

    @BeforeEach
    void open() throws Exception {
        ui = new StudioUiFixture(home, 2, Duration.ofMillis(10));
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    @Test
    void fillTestAndSaveS3Settings() throws Exception {
        String endpoint = S3MockServer.shared().endpoint();
        ui.robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        waitUntil(() -> ui.robot.lookup("#storage-s3").tryQuery().isPresent());

        ui.robot.clickOn("#storage-s3");
        ui.robot.clickOn("#s3-bucket").write(S3MockServer.BUCKET);
        ui.robot.clickOn("#s3-prefix").write("settings-flow");
        ui.robot.clickOn("#s3-endpoint").write(endpoint);
        ui.robot.clickOn("#s3-path-style");
        ui.robot.clickOn("#s3-access-key").write("test-key");
        ui.robot.clickOn("#s3-secret").write("test-secret");

        ui.robot.clickOn("#test-connection");
        waitUntil(() -> testResult().startsWith("Connected"));

        TextField endpointField = fx(() -> ui.robot.lookup("#s3-endpoint").queryAs(TextField.class));
        ui.robot.clickOn(endpointField).eraseText(endpoint.length()).write("http://127.0.0.1:" + deadPort());
        ui.robot.clickOn("#test-connection");
        waitUntil(() -> testResult().contains("cannot reach"));
        assertThat(testResult()).startsWith("Cannot open the bucket: cannot reach http://127.0.0.1:");

        ui.robot.clickOn("#save-settings");
        waitUntil(() -> text("#save-message").startsWith("Saved. Restart GenStudio"));
        StorageSettings saved = StorageSettings.load(new AppPaths(home), Map.of());
        assertThat(saved.kind()).isEqualTo(StorageSettings.Kind.S3);
        assertThat(saved.s3().orElseThrow().prefix()).isEqualTo("settings-flow/");
        assertThat(saved.s3().orElseThrow().secretAccessKey()).contains("test-secret");
        assertThat(fx(() -> ui.robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(t -> t != null && t.contains("test-secret")).toList())).as("the secret is never shown").isEmpty();
    }

    @Test
    void moveToS3WithLocalStorageExplainsWhatToDo() {
        fx(() -> {
            ui.window().moveOutputsToS3();
            return null;
        });
        assertThat(ui.dialogs.asked()).containsExactly("info: Move outputs to S3");
    }

    private String testResult() {
        return text("#test-result");
    }

    private String text(String id) {
        return fx(() -> ui.robot.lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse(""));
    }

    private static int deadPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
