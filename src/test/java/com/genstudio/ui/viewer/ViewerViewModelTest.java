package com.genstudio.ui.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import com.genstudio.ui.common.ImageRef;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViewerViewModelTest {
    private final List<ImageRef> images = List.of(ref(0), ref(1), ref(2));

    @Test
    void movesWithinTheListAndStopsAtTheEnds() {
        ViewerViewModel viewer = new ViewerViewModel(images, 1);
        viewer.next();
        viewer.next();
        assertThat(viewer.indexProperty().get()).isEqualTo(2);
        viewer.previous();
        viewer.previous();
        viewer.previous();
        assertThat(viewer.current().get()).isEqualTo(images.getFirst());
        assertThat(viewer.title().get()).startsWith("1 / 3");
    }

    @Test
    void togglesBetweenFitAndActualSize() {
        ViewerViewModel viewer = new ViewerViewModel(images, 0);
        assertThat(viewer.fitToWindowProperty().get()).isTrue();
        viewer.toggleZoom();
        assertThat(viewer.title().get()).contains("100%");
    }

    private static ImageRef ref(int i) {
        return new ImageRef(1, i, Path.of("/x/" + i + ".png"), Path.of("/x/t" + i + ".png"), 512, 512, "cap " + i);
    }
}
