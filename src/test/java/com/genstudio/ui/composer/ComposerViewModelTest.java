package com.genstudio.ui.composer;

import static org.assertj.core.api.Assertions.assertThat;

import com.genstudio.domain.AspectRatio;
import com.genstudio.domain.Generation;
import com.genstudio.engine.Field;
import com.genstudio.ui.fakes.FakeGenerationService;
import com.genstudio.ui.fakes.SameThreadExecutor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComposerViewModelTest {
    private final FakeGenerationService service = new FakeGenerationService();
    private final ComposerViewModel composer = new ComposerViewModel(service, new SameThreadExecutor());
    private final List<Generation> submitted = new ArrayList<>();

    ComposerViewModelTest() {
        composer.setOnSubmitted(submitted::add);
        composer.setSession(9);
        composer.loadEngines();
    }

    @Test
    void picksTheFirstEngineAndItsDefaultModelAndDescribesIt() {
        assertThat(composer.picker().engineProperty().get()).isEqualTo(FakeGenerationService.ENGINE);
        assertThat(composer.picker().modelProperty().get().id()).isEqualTo("noise");
        assertThat(composer.picker().description().get()).contains("offline procedural engine");
    }

    @Test
    void anEmptyPromptShowsItsMessageAndSubmitsNothing() {
        composer.generate();
        assertThat(composer.errorFor(Field.PROMPT).get()).contains("Prompt is empty");
        assertThat(submitted).isEmpty();
        assertThat(service.history(9, null, 10).items()).isEmpty();
        assertThat(composer.submittingProperty().get()).isZero();
    }

    @Test
    void buildsTheDraftFromTheFieldsAndClearsOldErrors() {
        composer.generate();
        composer.promptProperty().set("a lighthouse");
        composer.countProperty().set(3);
        composer.aspectProperty().set(AspectRatio.WIDE_16_9);
        composer.longSideProperty().set(768);
        composer.seedProperty().set(" 42 ");

        composer.generate();

        assertThat(composer.errorFor(Field.PROMPT).get()).isEmpty();
        assertThat(submitted).singleElement().satisfies(g -> {
            assertThat(g.sessionId()).isEqualTo(9);
            assertThat(g.prompt()).isEqualTo("a lighthouse");
            assertThat(g.parameters().count()).isEqualTo(3);
            assertThat(g.parameters().size()).isEqualTo(AspectRatio.WIDE_16_9.sizeForLongSide(768));
        });
        assertThat(composer.draft().seed()).isEqualTo("42");
        assertThat(composer.draft().engineId()).isEqualTo("builtin");
    }
}
