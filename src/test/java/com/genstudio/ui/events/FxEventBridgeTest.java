package com.genstudio.ui.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.genstudio.domain.Generation;
import com.genstudio.domain.GenerationStatus;
import com.genstudio.engine.GenerationEvent;
import com.genstudio.ui.fakes.FakeGenerationService;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class FxEventBridgeTest {
    private final FakeGenerationService service = new FakeGenerationService();
    private final Deque<Runnable> pulses = new ArrayDeque<>();
    private final Executor fxThread = pulses::add;
    private final List<List<GenerationEvent>> delivered = new ArrayList<>();
    private final FxEventBridge bridge = new FxEventBridge(service, fxThread, delivered::add);

    @Test
    void aBurstOfProgressBecomesOneDrainWithTheLatestSnapshot() {
        bridge.start();
        Generation g = service.submit(service.parse(TestDrafts.prompt("a fox")));
        service.progress(g.id(), 0.2);
        service.progress(g.id(), 0.5);

        assertThat(pulses).hasSize(1);
        pulses.poll().run();

        assertThat(delivered).hasSize(1);
        GenerationEvent only = delivered.getFirst().getFirst();
        assertThat(delivered.getFirst()).hasSize(1);
        assertThat(only.type()).as("creation is not lost").isEqualTo(GenerationEvent.Type.CREATED);
        assertThat(only.generation().progress()).isEqualTo(0.5);
        assertThat(only.generation().status()).isEqualTo(GenerationStatus.RUNNING);
    }

    @Test
    void eventsAfterADrainScheduleTheNextOne() {
        bridge.start();
        Generation g = service.submit(service.parse(TestDrafts.prompt("a fox")));
        pulses.poll().run();
        service.progress(g.id(), 0.3);

        assertThat(pulses).hasSize(1);
        pulses.poll().run();
        assertThat(delivered).hasSize(2);
        assertThat(delivered.get(1).getFirst().type()).isEqualTo(GenerationEvent.Type.UPDATED);
    }

    @Test
    void anOlderSnapshotDoesNotReplaceANewerOne() {
        Generation g = service.submit(service.parse(TestDrafts.prompt("a fox")));
        Generation newer = service.progress(g.id(), 0.9);
        GenerationEvent merged = FxEventBridge.merge(new GenerationEvent(GenerationEvent.Type.UPDATED, newer),
                new GenerationEvent(GenerationEvent.Type.UPDATED, g));
        assertThat(merged.generation()).isEqualTo(newer);
    }

    @Test
    void closeReleasesTheSubscription() {
        bridge.start();
        assertThat(service.subscriberCount()).isEqualTo(1);
        bridge.close();
        assertThat(service.subscriberCount()).isZero();
    }
}
