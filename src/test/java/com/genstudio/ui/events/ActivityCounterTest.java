package com.genstudio.ui.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.genstudio.domain.Generation;
import com.genstudio.engine.GenerationEvent;
import com.genstudio.engine.GenerationEvent.Type;
import com.genstudio.ui.fakes.FakeGenerationService;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityCounterTest {
    private final FakeGenerationService service = new FakeGenerationService();
    private final ActivityCounter counter = new ActivityCounter();

    @Test
    void followsAGenerationThroughItsLifecycle() {
        Generation g = submit();
        counter.apply(new GenerationEvent(Type.CREATED, g));
        assertThat(counter.queued()).isEqualTo(1);

        counter.apply(new GenerationEvent(Type.UPDATED, service.progress(g.id(), 0.4)));
        assertThat(counter.queued()).isZero();
        assertThat(counter.running()).isEqualTo(1);

        counter.apply(new GenerationEvent(Type.UPDATED, service.progress(g.id(), 0.6)));
        assertThat(counter.running()).as("progress does not count twice").isEqualTo(1);

        counter.apply(new GenerationEvent(Type.UPDATED, service.succeed(g.id(), 1)));
        assertThat(counter.running()).isZero();
    }

    @Test
    void generationsActiveAtStartUpAreFollowedFromTheBaseline() {
        Generation queued = submit();
        Generation running = service.progress(submit().id(), 0.1);
        counter.addBaseline(List.of(queued, running));
        assertThat(counter.running()).isEqualTo(1);
        assertThat(counter.queued()).isEqualTo(1);

        counter.apply(new GenerationEvent(Type.UPDATED, service.progress(queued.id(), 0.1)));
        assertThat(counter.running()).isEqualTo(2);
        assertThat(counter.queued()).isZero();

        counter.apply(new GenerationEvent(Type.UPDATED, service.succeed(queued.id(), 1)));
        counter.apply(new GenerationEvent(Type.DELETED, service.cancel(running.id())));
        assertThat(counter.running()).isZero();
    }

    @Test
    void aBaselineArrivingAfterAnEventDoesNotCountTwice() {
        Generation g = submit();
        Generation snapshotAtStart = service.progress(g.id(), 0.1);
        counter.apply(new GenerationEvent(Type.UPDATED, service.succeed(g.id(), 1)));
        counter.addBaseline(List.of(snapshotAtStart));
        assertThat(counter.running()).isZero();
        assertThat(counter.queued()).isZero();
    }

    private Generation submit() {
        return service.submit(service.parse(TestDrafts.prompt("x")));
    }
}
