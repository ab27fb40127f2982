package com.genstudio.ui.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import com.genstudio.ui.common.ImageRef;
import com.genstudio.ui.fakes.SameThreadExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.media.MediaPlayer;
import org.junit.jupiter.api.Test;

class ViewerViewModelTest {
    private final List<ImageRef> images = List.of(ref(0), ref(1), ref(2));
    private final FakeMedia media = new FakeMedia();

    /** Decodes nothing (no toolkit here): records what it was asked and fails where told to. */
    private static final class FakeMedia implements ViewerMedia {
        final List<String> decoded = new ArrayList<>();
        String imageFailure;
        String videoFailure = "no H.264 decoder is installed";

        @Override
        public Image decodeImage(ImageRef ref, int maxSide) throws IOException {
            decoded.add(ref.file().getFileName() + "@" + maxSide);
            if (imageFailure != null) {
                throw new IOException(imageFailure);
            }
            return null;
        }

        @Override
        public MediaPlayer openVideo(ImageRef ref) throws Exception {
            throw new UnsupportedOperationException(videoFailure);
        }
    }

    private ViewerViewModel viewer(List<ImageRef> refs, int start) {
        return new ViewerViewModel(refs, start, new SameThreadExecutor(), media);
    }

    @Test
    void movesWithinTheListAndStopsAtTheEnds() {
        ViewerViewModel viewer = viewer(images, 1);
        viewer.next();
        viewer.next();
        assertThat(viewer.indexProperty().get()).isEqualTo(2);
        viewer.previous();
        viewer.previous();
        viewer.previous();
        assertThat(viewer.current().get()).isEqualTo(images.getFirst());
        assertThat(viewer.title().get()).startsWith("1 / 3");
        assertThat(media.decoded).containsExactly("1.png@4096", "2.png@4096", "1.png@4096", "0.png@4096");
        assertThat(viewer.noticeProperty().get()).isEmpty();
    }

    @Test
    void togglesBetweenFitAndActualSize() {
        ViewerViewModel viewer = viewer(images, 0);
        assertThat(viewer.fitToWindowProperty().get()).isTrue();
        viewer.toggleZoom();
        assertThat(viewer.title().get()).contains("100%");
    }

    @Test
    void anImageThatCannotBeDecodedIsExplained() {
        media.imageFailure = "the file could not be decoded";
        ViewerViewModel viewer = viewer(images, 0);

        assertThat(viewer.imageProperty().get()).isNull();
        assertThat(viewer.noticeProperty().get())
                .isEqualTo("This image cannot be shown: the file could not be decoded. The file is /x/0.png");
    }

    @Test
    void aVideoThisPlatformCannotPlayIsExplainedInPlainWords() {
        ImageRef video = new ImageRef(1, 3, Path.of("/x/3.mp4"), Path.of("/x/t3.jpg"), 1280, 720, "clip", "video/mp4");
        ViewerViewModel viewer = viewer(List.of(images.getFirst(), video), 1);

        assertThat(viewer.playerProperty().get()).isNull();
        assertThat(viewer.noticeProperty().get()).isEqualTo("This video cannot play here: no H.264 decoder is "
                + "installed. Open it with another player: /x/3.mp4");
        assertThat(media.decoded).as("a video is not decoded as an image").isEmpty();

        viewer.previous();
        assertThat(viewer.noticeProperty().get()).isEmpty();
    }

    private static ImageRef ref(int i) {
        return new ImageRef(1, i, Path.of("/x/" + i + ".png"), Path.of("/x/t" + i + ".png"), 512, 512, "cap " + i,
                "image/png");
    }
}
