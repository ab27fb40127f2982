package com.genstudio.storage;

import com.genstudio.storage.ingest.MediaFormat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ThumbnailerTest {
    private final Thumbnailer thumbnailer = new Thumbnailer();

    @Test
    void fitsTheLongestSideInto256KeepingAspect() {
        assertSize(thumbnailer.scale(TestImages.gradient(1024, 512, BufferedImage.TYPE_INT_RGB)), 256, 128);
        assertSize(thumbnailer.scale(TestImages.gradient(1152, 2048, BufferedImage.TYPE_INT_RGB)), 144, 256);
        assertSize(thumbnailer.scale(TestImages.gradient(2048, 2048, BufferedImage.TYPE_INT_RGB)), 256, 256);
    }

    @Test
    void neverUpscales() {
        assertSize(thumbnailer.scale(TestImages.gradient(200, 100, BufferedImage.TYPE_INT_RGB)), 200, 100);
    }

    @Test
    void opaqueImagesBecomeJpeg() throws IOException {
        Thumbnail thumb = thumbnailer.create(TestImages.gradient(1024, 512, BufferedImage.TYPE_INT_ARGB));
        assertThat(thumb.format()).isEqualTo(MediaFormat.JPEG);
        assertThat(MediaFormat.sniff(thumb.bytes())).contains(MediaFormat.JPEG);
        assertSize(ImageIO.read(new ByteArrayInputStream(thumb.bytes())), 256, 128);
    }

    @Test
    void transparentImagesStayPngWithAlpha() throws IOException {
        BufferedImage clear = new BufferedImage(600, 300, BufferedImage.TYPE_INT_ARGB);
        Thumbnail thumb = thumbnailer.create(clear);
        assertThat(thumb.format()).isEqualTo(MediaFormat.PNG);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(thumb.bytes()));
        assertThat(decoded.getRGB(10, 10) >>> 24).isZero();
    }

    @Test
    void jpegEncodingFlattensAlphaOntoNeutralGrey() throws IOException {
        BufferedImage clear = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(thumbnailer.encode(clear, MediaFormat.JPEG)));
        Color pixel = new Color(decoded.getRGB(32, 32));
        assertThat(pixel.getRed()).isBetween(0x80, 0x90);
        assertThat(pixel.getGreen()).isBetween(0x80, 0x90);
        assertThat(pixel.getBlue()).isBetween(0x80, 0x90);
    }

    @Test
    void keepsTheColoursOfTheSource() {
        BufferedImage red = new BufferedImage(1000, 1000, BufferedImage.TYPE_INT_RGB);
        var g = red.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 1000, 1000);
        g.dispose();
        assertThat(thumbnailer.scale(red).getRGB(128, 128) & 0xFFFFFF).isEqualTo(0xFF0000);
    }

    private static void assertSize(BufferedImage image, int width, int height) {
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
    }
}
