package com.genstudio.ui;

import static com.genstudio.ui.StudioUiFixture.fx;
import static org.awaitility.Awaitility.await;

import com.genstudio.domain.GenerationStatus;
import com.genstudio.ui.feed.GenerationItem;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regenerates docs/screenshots headless: {@code ./mvnw -B test -Dtest=ScreenshotTour -Dgenstudio.screenshots=true}.
 * Skipped in ordinary builds.
 */
class ScreenshotTour {
    private static final Path OUT = Path.of("docs", "screenshots");

    @TempDir
    Path home;
    private StudioUiFixture ui;

    @BeforeEach
    void open() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("genstudio.screenshots"), "set -Dgenstudio.screenshots=true");
        ui = new StudioUiFixture(home, 80, Duration.ofMillis(70));
    }

    @AfterEach
    void close() throws Exception {
        if (ui != null) {
            ui.close();
        }
    }

    @Test
    void tour() throws Exception {
        ui.submitFromOutside("teal aurora over a frozen lake, long exposure", 2);
        ui.submitFromOutside("golden dunes under a crimson sky", 2);
        slowly(() -> fx(() -> ui.window().model().gallery().images().size()) == 4);

        generate("orange koi in a green pond, seen from above");
        generate("neon pink alley in the blue rain, cinematic");
        generate("violet glass spheres floating in a white studio");
        slowly(() -> fx(() -> ui.window().model().feed().items().stream()
                .anyMatch(i -> i.statusProperty().get() == GenerationStatus.RUNNING && i.progressProperty().get() > 0.3)));
        snapshot(ui.stage.getScene(), "main-window.png");

        slowly(() -> fx(() -> ui.window().model().feed().items().stream()
                .allMatch(i -> i.statusProperty().get() == GenerationStatus.SUCCEEDED)));
        slowly(() -> fx(() -> ui.window().model().gallery().images().size()) == 7);
        fx(() -> { ui.window().model().composer().promptProperty().set(""); return null; });
        Thread.sleep(500); // thumbnails decode in the background; let the last ones land before the picture
        snapshot(ui.stage.getScene(), "gallery.png");

        fx(() -> { ui.window().model().gallery().open(1); return null; });
        slowly(() -> stageTitled(" / ") != null);
        Thread.sleep(500);
        snapshot(stageTitled(" / ").getScene(), "viewer.png");
        ui.robot.type(KeyCode.ESCAPE);

        ui.robot.clickOn("#sidebar-list");
        ui.robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        slowly(() -> stageTitled("Browse") != null);
        Thread.sleep(500);
        snapshot(stageTitled("Browse").getScene(), "browse.png");
    }

    private void slowly(java.util.function.Supplier<Boolean> condition) {
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(condition::get);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(feedState(), e);
        }
    }

    /** What the feed showed, for a failure message. */
    private String feedState() {
        return fx(() -> ui.window().model().feed().items().stream()
                .map(i -> i.prompt() + ": " + i.statusProperty().get() + " " + i.progressProperty().get() + " "
                        + i.errorTextProperty().get() + " images=" + i.imagesProperty().get().size())
                .toList() + " gallery=" + ui.window().model().gallery().images().size());
    }

    private void generate(String prompt) {
        ui.robot.clickOn("#prompt").eraseText(200).write(prompt);
        ui.robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        slowly(() -> fx(() -> ui.window().model().feed().items().stream().map(GenerationItem::prompt)
                .anyMatch(prompt::equals)));
    }

    private Stage stageTitled(String part) {
        return fx(() -> ui.robot.listWindows().stream()
                .filter(w -> w instanceof Stage s && s.isShowing() && s.getTitle() != null && s.getTitle().contains(part))
                .map(Stage.class::cast).findFirst().orElse(null));
    }

    private static void snapshot(Scene scene, String name) {
        WritableImage image = fx(() -> scene.snapshot(null));
        try {
            Files.createDirectories(OUT);
            ImageIO.write(toBuffered(image), "png", OUT.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage toBuffered(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return out;
    }
}
