package com.genstudio.ui.events;

import com.genstudio.engine.GenerationEvent;
import com.genstudio.engine.GenerationService;
import com.genstudio.engine.Subscription;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The one place where engine events cross onto the JavaFX thread. Listeners run on publishing threads, so each
 * event only replaces the pending one for its generation; a single drain is scheduled per pulse, which turns a
 * burst of progress into one update per generation and frame.
 */
public final class FxEventBridge implements AutoCloseable {
    private final GenerationService generations;
    private final Executor fxThread;
    private final Consumer<List<GenerationEvent>> sink;
    private final Map<Long, GenerationEvent> pending = new ConcurrentHashMap<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private volatile Subscription subscription;
    private volatile boolean closed;

    /** {@code fxThread} is Platform::runLater in the app; {@code sink} is called on it with the coalesced events. */
    public FxEventBridge(GenerationService generations, Executor fxThread, Consumer<List<GenerationEvent>> sink) {
        this.generations = generations;
        this.fxThread = fxThread;
        this.sink = sink;
    }

    /** Subscribes; may be called from a background thread since a subscription can touch the service. */
    public void start() {
        Subscription created = generations.subscribe(this::onEvent);
        subscription = created;
        if (closed) {
            created.unsubscribe(); // the window closed while this was subscribing
        }
    }

    private void onEvent(GenerationEvent event) {
        pending.merge(event.generation().id(), event, FxEventBridge::merge);
        if (drainScheduled.compareAndSet(false, true)) {
            fxThread.execute(this::drain);
        }
    }

    /** Keeps the newest snapshot, but never loses the fact that a generation was created or deleted. */
    static GenerationEvent merge(GenerationEvent older, GenerationEvent newer) {
        if (newer.type() == GenerationEvent.Type.DELETED || older.type() == GenerationEvent.Type.DELETED) {
            return newer.type() == GenerationEvent.Type.DELETED ? newer : older;
        }
        GenerationEvent latest = newer.generation().changeSeq() >= older.generation().changeSeq() ? newer : older;
        if (older.type() == GenerationEvent.Type.CREATED) {
            return new GenerationEvent(GenerationEvent.Type.CREATED, latest.generation());
        }
        return latest;
    }

    private void drain() {
        drainScheduled.set(false);
        List<GenerationEvent> batch = new ArrayList<>(pending.size());
        for (Long id : List.copyOf(pending.keySet())) {
            GenerationEvent event = pending.remove(id);
            if (event != null) {
                batch.add(event);
            }
        }
        if (!batch.isEmpty() && !closed) {
            sink.accept(batch);
        }
    }

    @Override
    public void close() {
        closed = true;
        Subscription current = subscription;
        if (current != null) {
            current.unsubscribe();
        }
        pending.clear();
    }
}
