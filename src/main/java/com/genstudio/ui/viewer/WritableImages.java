package com.genstudio.ui.viewer;

import java.awt.image.BufferedImage;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Copies an AWT image into a JavaFX one through a PixelWriter, so no javafx-swing bridge is needed. */
final class WritableImages {
    private WritableImages() {
    }

    static WritableImage from(BufferedImage source) {
        int w = source.getWidth();
        int h = source.getHeight();
        // getRGB converts any colour model (indexed, grey, premultiplied) to plain sRGB ARGB, the format written below.
        int[] argb = source.getRGB(0, 0, w, h, null, 0, w);
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return image;
    }
}
