package com.genstudio.cli;

import com.genstudio.domain.Generation;
import com.genstudio.engine.GenerationEvent;
import com.genstudio.engine.GenerationService;
import com.genstudio.engine.NotFoundException;
import com.genstudio.engine.Subscription;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Waits for generations to finish by listening to the service's events; subscribe before submitting so no event is
 * missed. Changes made by another process (an open studio window that claimed the work) arrive only through the
 * change feed, which runs with the workers, so after a quiet {@code recheck} interval the waiter reads the
 * generation again rather than trust that nothing happened.
 */
final class GenerationWaiter implements AutoCloseable {
    static final Duration DEFAULT_RECHECK = Duration.ofSeconds(2);

    private final GenerationService service;
    private final Duration recheck;
    private final BlockingQueue<Generation> changes = new LinkedBlockingQueue<>();
    private final Subscription subscription;

    GenerationWaiter(GenerationService service, Duration recheck) {
        this.service = service;
        this.recheck = recheck;
        this.subscription = service.subscribe(this::onEvent);
    }

    private void onEvent(GenerationEvent event) {
        if (event.type() != GenerationEvent.Type.DELETED) {
            changes.add(event.generation());
        }
    }

    /** Blocks until generation {@code id} is terminal, handing every change to {@code onChange}; returns it with outputs. */
    Generation awaitTerminal(long id, Consumer<Generation> onChange) throws InterruptedException {
        Generation latest = current(id);
        while (!latest.status().isTerminal()) {
            Optional<Generation> next = next();
            if (next.isEmpty()) {
                latest = current(id);
            } else if (next.get().id() == id) {
                latest = next.get();
                onChange.accept(latest);
            }
        }
        return current(id);
    }

    /** The next change the service published, or empty after a quiet recheck interval. */
    Optional<Generation> next() throws InterruptedException {
        return Optional.ofNullable(changes.poll(recheck.toMillis(), TimeUnit.MILLISECONDS));
    }

    Generation current(long id) {
        return service.find(id).orElseThrow(() -> new NotFoundException("No generation with id " + id));
    }

    @Override
    public void close() {
        subscription.unsubscribe();
    }
}
