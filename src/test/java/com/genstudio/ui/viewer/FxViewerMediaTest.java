package com.genstudio.ui.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.genstudio.storage.TestVideos;
import com.genstudio.ui.common.FxBackgroundExecutor;
import com.genstudio.ui.common.ImageRef;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real decoders: WebP through ImageIO into a JavaFX image, and an MP4 this platform cannot play. */
class FxViewerMediaTest {
    @TempDir
    Path dir;
    private final FxViewerMedia media = new FxViewerMedia();
    private final FxBackgroundExecutor background = new FxBackgroundExecutor(1);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        background.close();
        FxToolkit.cleanupStages();
    }

    @Test
    void webpDecodesPixelForPixelWithItsAlpha() throws Exception {
        Path file = resource("lossless-alpha-64x48.webp");
        Image image = media.decodeImage(ref(file, 64, 48, "image/webp"), ViewerViewModel.MAX_TEXTURE_SIDE);
        BufferedImage expected = ImageIO.read(file.toFile());

        assertThat(image.getWidth()).isEqualTo(64);
        assertThat(image.getHeight()).isEqualTo(48);
        int opaque = 0;
        int clear = 0;
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                int want = expected.getRGB(x, y);
                int got = image.getPixelReader().getArgb(x, y);
                int alpha = want >>> 24;
                assertThat(got >>> 24).as("alpha at %d,%d", x, y).isCloseTo(alpha, org.assertj.core.data.Offset.offset(1));
                if (alpha == 255) {
                    opaque++;
                    assertThat(got).as("colour at %d,%d", x, y).isEqualTo(want);
                } else if (alpha == 0) {
                    clear++; // JavaFX keeps premultiplied pixels: a fully transparent one has no colour left
                }
            }
        }
        assertThat(opaque).as("opaque pixels").isPositive();
        assertThat(clear).as("transparent pixels").isPositive();
    }

    @Test
    void largeWebpIsSubsampledToTheLimit() throws Exception {
        Image image = media.decodeImage(ref(resource("lossy-320x200.webp"), 320, 200, "image/webp"), 100);

        assertThat(image.getWidth()).isEqualTo(80);
        assertThat(image.getHeight()).isEqualTo(50);
    }

    @Test
    void theViewerSaysSoWhenAVideoCannotPlay() throws Exception {
        Path clip = dir.resolve("0.mp4");
        Files.write(clip, TestVideos.mp4(3000, 320, 240, 4000));
        ImageRef ref = ref(clip, 320, 240, "video/mp4");
        ViewerWindow[] window = new ViewerWindow[1];
        WaitForAsyncUtils.asyncFx(() -> {
            com.genstudio.ui.Theme.apply();
            window[0] = new ViewerWindow(null, new ViewerViewModel(List.of(ref), 0, background, media));
            window[0].show();
        }).get(5, TimeUnit.SECONDS);

        FxRobot robot = new FxRobot();
        await().atMost(Duration.ofSeconds(15)).until(() -> notice(robot).startsWith("This video cannot play here: "));
        assertThat(notice(robot)).endsWith("Open it with another player: " + clip);
    }

    private static String notice(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#viewer-notice").tryQuery()
                .map(n -> ((Label) n).getText()).orElse("")).get(5, TimeUnit.SECONDS);
    }

    private Path resource(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/ingest/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static ImageRef ref(Path file, int w, int h, String mime) {
        return new ImageRef(1, 0, file, file, w, h, "test", mime);
    }
}
