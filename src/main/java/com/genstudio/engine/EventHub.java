package com.genstudio.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers generation events to subscribers on the publishing thread. The same change can reach it twice (from
 * this process directly and again from the change feed); a snapshot not newer than the last one delivered for its
 * generation is dropped, so listeners never see a generation move backwards.
 */
public final class EventHub {
    private static final Logger LOG = LoggerFactory.getLogger(EventHub.class);
    private static final int REMEMBERED = 10_000;

    private final CopyOnWriteArrayList<GenerationListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<Long, Long> lastSeqById = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Long> eldest) {
            return size() > REMEMBERED;
        }
    };

    public Subscription subscribe(GenerationListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void publish(GenerationEvent event) {
        if (!isNew(event)) {
            return;
        }
        for (GenerationListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.error("Generation listener failed on {}", event, e);
            }
        }
    }

    /** True when a snapshot of this generation at least as new as {@code seq} was already delivered. */
    public synchronized boolean hasSeen(long generationId, long seq) {
        Long last = lastSeqById.get(generationId);
        return last != null && last >= seq;
    }

    private synchronized boolean isNew(GenerationEvent event) {
        long id = event.generation().id();
        if (event.type() == GenerationEvent.Type.DELETED) {
            lastSeqById.put(id, Long.MAX_VALUE);
            return true;
        }
        long seq = event.generation().changeSeq();
        Long last = lastSeqById.get(id);
        if (last != null && last >= seq) {
            return false;
        }
        lastSeqById.put(id, seq);
        return true;
    }
}
