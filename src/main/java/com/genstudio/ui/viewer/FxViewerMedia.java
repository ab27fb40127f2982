package com.genstudio.ui.viewer;

import com.genstudio.ui.common.ImageRef;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.media.Media;
import javafx.scene.media.MediaPlayer;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * PNG and JPEG through JavaFX's own decoder; WebP (which JavaFX cannot read) through ImageIO with the TwelveMonkeys
 * reader, subsampled while decoding so a huge image never needs its full size in memory.
 */
public final class FxViewerMedia implements ViewerMedia {

    @Override
    public Image decodeImage(ImageRef ref, int maxSide) throws IOException {
        if (isWebp(ref)) {
            return WritableImages.from(readWithImageIo(ref, maxSide));
        }
        int w = Math.min(ref.width() > 0 ? ref.width() : maxSide, maxSide);
        int h = Math.min(ref.height() > 0 ? ref.height() : maxSide, maxSide);
        Image image = new Image(ref.fileUri(), w, h, true, true, false);
        if (image.isError()) {
            Exception e = image.getException();
            throw new IOException("the file could not be decoded" + (e == null ? "" : " (" + e.getMessage() + ")"), e);
        }
        return image;
    }

    private static boolean isWebp(ImageRef ref) {
        return "image/webp".equals(ref.mimeType())
                || ref.file().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".webp");
    }

    private static BufferedImage readWithImageIo(ImageRef ref, int maxSide) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(ref.file().toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("no decoder for this WebP file is available");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int longest = Math.max(reader.getWidth(0), reader.getHeight(0));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (longest + maxSide - 1) / maxSide;
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    @Override
    public MediaPlayer openVideo(ImageRef ref) {
        if (!Platform.isSupported(ConditionalFeature.MEDIA)) {
            throw new UnsupportedOperationException("this system's JavaFX has no media support");
        }
        MediaPlayer player = new MediaPlayer(new Media(ref.fileUri()));
        player.setAutoPlay(true);
        player.setCycleCount(MediaPlayer.INDEFINITE);
        return player;
    }
}
