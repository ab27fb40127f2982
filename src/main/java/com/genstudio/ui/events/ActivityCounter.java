package com.genstudio.ui.events;

import com.genstudio.domain.Generation;
import com.genstudio.domain.GenerationStatus;
import com.genstudio.engine.ActiveCounts;
import com.genstudio.engine.GenerationEvent;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Running and queued counts kept from events alone. A start-up count ({@link #addBaseline}) covers generations no
 * event has named yet; when one is first named, its status at the time of that count is read from its timestamps and
 * it moves out of the baseline, so nothing is counted twice. The baseline may land after the first events.
 */
public final class ActivityCounter {
    private final Instant baselineAt;
    private final Map<Long, GenerationStatus> lastSeen = new HashMap<>();
    private int running;
    private int queued;

    /** {@code baselineAt} is taken just before asking for the start-up count. */
    public ActivityCounter(Instant baselineAt) {
        this.baselineAt = baselineAt;
    }

    public void addBaseline(ActiveCounts counts) {
        running += counts.running();
        queued += counts.queued();
    }

    public void apply(GenerationEvent event) {
        Generation g = event.generation();
        GenerationStatus before = lastSeen.containsKey(g.id()) ? lastSeen.get(g.id()) : statusAtBaseline(g);
        GenerationStatus after = event.type() == GenerationEvent.Type.DELETED ? null : g.status();
        lastSeen.put(g.id(), after);
        count(before, -1);
        count(after, +1);
    }

    private GenerationStatus statusAtBaseline(Generation g) {
        if (g.createdAt() == null || g.createdAt().isAfter(baselineAt)) {
            return null;
        }
        if (g.finishedAt() != null && !g.finishedAt().isAfter(baselineAt)) {
            return null;
        }
        boolean started = g.startedAt() != null && !g.startedAt().isAfter(baselineAt);
        return started ? GenerationStatus.RUNNING : GenerationStatus.QUEUED;
    }

    private void count(GenerationStatus status, int delta) {
        if (status == GenerationStatus.RUNNING) {
            running += delta;
        } else if (status == GenerationStatus.QUEUED) {
            queued += delta;
        }
    }

    public int running() {
        return Math.max(0, running);
    }

    public int queued() {
        return Math.max(0, queued);
    }
}
