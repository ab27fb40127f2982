package com.genstudio.ui.browse;

import static org.assertj.core.api.Assertions.assertThat;

import com.genstudio.ui.fakes.FakeGenerationService;
import com.genstudio.ui.fakes.SameThreadExecutor;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BrowseViewModelTest {
    private final FakeGenerationService service = new FakeGenerationService();
    private final BrowseViewModel browse = new BrowseViewModel(service, key -> Path.of("/data", key),
            new SameThreadExecutor());

    @Test
    void loadsTheProjectsImagesWithTheirSessionAndPrompt() {
        service.seedSucceeded(1, "a dune", 2);
        browse.load(1);
        assertThat(browse.images()).hasSize(2);
        assertThat(browse.images().getFirst().caption()).contains("a dune");
        assertThat(browse.messageProperty().get()).isEqualTo("2 most recent images");
    }

    @Test
    void saysSoWhenThereIsNothing() {
        browse.load(1);
        assertThat(browse.messageProperty().get()).isEqualTo("This project has no images yet");
    }
}
