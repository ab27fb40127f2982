package com.genstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.genstudio.ui.common.UiServices;
import com.genstudio.ui.fakes.FakeGenerationService;
import com.genstudio.ui.fakes.FakeLibraryService;
import com.genstudio.ui.fakes.FakeStorageSettings;
import com.genstudio.ui.fakes.SameThreadExecutor;
import com.genstudio.ui.fakes.ScriptedDialogs;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StudioViewModelTest {
    private final FakeGenerationService generations = new FakeGenerationService();
    private final FakeLibraryService library = new FakeLibraryService();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final StudioViewModel studio = new StudioViewModel(
            new UiServices(generations, library, key -> Path.of("/data", key), Path.of("/data"),
                    new FakeStorageSettings(), Optional.empty()),
            new SameThreadExecutor(), dialogs, Runnable::run);

    @Test
    void generatingFromTheComposerFillsFeedGalleryAndStatus() {
        studio.start();
        studio.composer().promptProperty().set("neon city");
        studio.composer().generate();

        assertThat(studio.feed().items()).singleElement().satisfies(i -> assertThat(i.prompt()).isEqualTo("neon city"));
        assertThat(studio.status().queuedProperty().get()).isEqualTo(1);

        long id = studio.feed().items().getFirst().id();
        generations.progress(id, 0.5);
        assertThat(studio.status().runningProperty().get()).isEqualTo(1);
        generations.succeed(id, 2);
        assertThat(studio.gallery().images()).hasSize(2);
        assertThat(studio.status().runningProperty().get()).isZero();
    }

    @Test
    void switchingSessionsShowsTheirOwnHistory() {
        studio.start();
        long first = studio.sidebar().sessionProperty().get().id();
        generations.seedSucceeded(first, "in first", 1);
        dialogs.answerText("Second");
        studio.sidebar().newSession();
        assertThat(studio.feed().items()).isEmpty();

        studio.sidebar().select(studio.sidebar().entries().get(1));
        assertThat(studio.feed().items()).extracting(i -> i.prompt()).containsExactly("in first");
    }

    @Test
    void closingReleasesTheEventSubscription() {
        studio.start();
        assertThat(generations.subscriberCount()).isEqualTo(1);
        studio.close();
        assertThat(generations.subscriberCount()).isZero();
    }
}
