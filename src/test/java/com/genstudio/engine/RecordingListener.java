package com.genstudio.engine;

import com.genstudio.domain.Generation;
import com.genstudio.domain.GenerationStatus;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every event it is given, for assertions about what subscribers saw. */
public final class RecordingListener implements GenerationListener {
    private final List<GenerationEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(GenerationEvent event) {
        events.add(event);
    }

    public List<GenerationEvent> events() {
        return List.copyOf(events);
    }

    public List<Generation> of(long generationId) {
        return events.stream().map(GenerationEvent::generation).filter(g -> g.id() == generationId).toList();
    }

    public List<GenerationStatus> statusesOf(long generationId) {
        return of(generationId).stream().map(Generation::status).distinct().toList();
    }
}
