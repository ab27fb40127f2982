package com.genstudio.ui.events;

import com.genstudio.domain.Generation;
import com.genstudio.domain.GenerationStatus;
import com.genstudio.engine.GenerationEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Running and queued counts kept from events. The start-up list of active generations may land after the first
 * events; a generation an event already named is then left as the event said, so nothing is counted twice.
 */
public final class ActivityCounter {
    private final Map<Long, GenerationStatus> lastSeen = new HashMap<>();
    private int running;
    private int queued;

    public void addBaseline(List<Generation> active) {
        for (Generation g : active) {
            if (!lastSeen.containsKey(g.id())) {
                lastSeen.put(g.id(), g.status());
                count(g.status(), +1);
            }
        }
    }

    public void apply(GenerationEvent event) {
        Generation g = event.generation();
        GenerationStatus after = event.type() == GenerationEvent.Type.DELETED ? null : g.status();
        count(lastSeen.put(g.id(), after), -1);
        count(after, +1);
    }

    private void count(GenerationStatus status, int delta) {
        if (status == GenerationStatus.RUNNING) {
            running += delta;
        } else if (status == GenerationStatus.QUEUED) {
            queued += delta;
        }
    }

    public int running() {
        return running;
    }

    public int queued() {
        return queued;
    }
}
