package com.genstudio.ui.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import com.genstudio.ui.common.ImageRef;
import com.genstudio.ui.fakes.FakeGenerationService;
import com.genstudio.ui.fakes.SameThreadExecutor;
import com.genstudio.ui.feed.SessionHistory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GalleryViewModelTest {
    private final FakeGenerationService service = new FakeGenerationService();
    private final SessionHistory history = new SessionHistory(service, key -> Path.of("/data", key),
            new SameThreadExecutor());
    private final GalleryViewModel gallery = new GalleryViewModel(history);

    @Test
    void listsTheSessionsImagesNewestFirst() {
        service.seedSucceeded(1, "first", 2);
        service.seedSucceeded(1, "second", 1);
        history.show(1);
        assertThat(gallery.images()).extracting(ImageRef::caption).containsExactly("second", "first", "first");
        assertThat(gallery.message().get()).isEmpty();
    }

    @Test
    void growsWhenAGenerationFinishes() {
        history.show(1);
        assertThat(gallery.message().get()).isEqualTo(GalleryViewModel.EMPTY_TEXT);
        service.subscribe(e -> history.apply(List.of(e)));
        var g = service.submit(service.parse(new com.genstudio.engine.RequestDraft(1, "x", "", "builtin", "noise",
                "2", "", "1:1", "512", "")));
        service.progress(g.id(), 0.5);
        assertThat(gallery.images()).isEmpty();
        service.succeed(g.id(), 2);
        assertThat(gallery.images()).hasSize(2);
    }

    @Test
    void scrollingNearTheEndLoadsTheNextPage() {
        for (int i = 0; i < 40; i++) {
            service.seedSucceeded(1, "p" + i, 1);
        }
        history.show(1);
        int firstPage = gallery.images().size();
        gallery.nearEnd();
        assertThat(gallery.images().size()).isGreaterThan(firstPage).isEqualTo(40);
    }

    @Test
    void openingPassesTheWholeListAndTheIndex() {
        service.seedSucceeded(1, "a", 3);
        history.show(1);
        List<Object> opened = new ArrayList<>();
        gallery.setOpener((images, index) -> {
            opened.add(images.size());
            opened.add(index);
        });
        gallery.open(2);
        assertThat(opened).containsExactly(3, 2);
    }
}
