package com.genstudio.providers.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.genstudio.domain.ImageSize;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProceduralRendererTest {
    private static final ImageSize SMALL = new ImageSize(256, 256);
    private final ProceduralRenderer renderer = new ProceduralRenderer();

    private byte[] render(String prompt, String negative, BuiltinStyle style, ImageSize size, long seed, int index) {
        return renderer.renderPng(new RenderRequest(prompt, negative, style, size, seed, index));
    }

    @ParameterizedTest
    @EnumSource(BuiltinStyle.class)
    void sameInputsGiveIdenticalBytes(BuiltinStyle style) {
        byte[] first = render("sunset over the ocean", "", style, SMALL, 42, 0);
        byte[] second = render("sunset over the ocean", "", style, SMALL, 42, 0);
        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest
    @EnumSource(BuiltinStyle.class)
    void promptSeedAndIndexEachChangeThePicture(BuiltinStyle style) {
        byte[] base = render("sunset over the ocean", "", style, SMALL, 42, 0);
        assertThat(render("a forest at night", "", style, SMALL, 42, 0)).isNotEqualTo(base);
        assertThat(render("sunset over the ocean", "", style, SMALL, 43, 0)).isNotEqualTo(base);
        assertThat(render("sunset over the ocean", "", style, SMALL, 42, 1)).isNotEqualTo(base);
    }

    @Test
    void producesExactlyTheRequestedDimensions() throws IOException {
        for (ImageSize size : new ImageSize[] {new ImageSize(256, 256), new ImageSize(2048, 1152),
                new ImageSize(256, 2048)}) {
            BufferedImage image = decode(render("storm", "", BuiltinStyle.ABSTRACT, size, 1, 0));
            assertThat(image.getWidth()).as(size.toString()).isEqualTo(size.width());
            assertThat(image.getHeight()).as(size.toString()).isEqualTo(size.height());
        }
    }

    @Test
    void colourWordsSteerThePalette() throws IOException {
        double redPrompt = redShare(decode(render("red red fire", "", BuiltinStyle.GEOMETRIC, SMALL, 5, 0)));
        double bluePrompt = redShare(decode(render("blue ocean ice", "", BuiltinStyle.GEOMETRIC, SMALL, 5, 0)));
        assertThat(redPrompt).isGreaterThan(bluePrompt + 0.2);
    }

    @Test
    void negativeColourWordsRemoveThatHue() throws IOException {
        double withRed = redShare(decode(render("red and blue", "", BuiltinStyle.GEOMETRIC, SMALL, 9, 0)));
        double withoutRed = redShare(decode(render("red and blue", "red", BuiltinStyle.GEOMETRIC, SMALL, 9, 0)));
        assertThat(withoutRed).isLessThan(withRed);
        assertThat(withoutRed).isLessThan(0.05);
    }

    @Test
    void outOfRangeRequestsAreRefused() {
        assertThatThrownBy(() -> new RenderRequest("x", "", BuiltinStyle.FLOW, new ImageSize(100, 256), 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("256..2048");
        assertThatThrownBy(() -> new RenderRequest("x", "", BuiltinStyle.FLOW, new ImageSize(256, 4096), 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stepsOnlyChangeWhenLayersArePaintedNotTheResult() {
        RenderPlan stepped = renderer.plan(new RenderRequest("calm sea", "", BuiltinStyle.FLOW, SMALL, 3, 0));
        for (int step = 1; step <= 7; step++) {
            stepped.paintThrough(step, 7);
        }
        assertThat(stepped.isComplete()).isTrue();
        assertThat(stepped.encodePng()).isEqualTo(render("calm sea", "", BuiltinStyle.FLOW, SMALL, 3, 0));
    }

    /** Share of pixels that are clearly red (red hue, saturated, not dark). */
    private static double redShare(BufferedImage image) {
        int red = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                float[] hsb = Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null);
                if ((hsb[0] < 0.04f || hsb[0] > 0.96f) && hsb[1] > 0.5f && hsb[2] > 0.35f) {
                    red++;
                }
            }
        }
        return red / (double) (image.getWidth() * image.getHeight());
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }
}
