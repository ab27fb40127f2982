package com.genstudio.engine;

import com.genstudio.domain.Generation;
import com.genstudio.store.GenerationRepository;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes changes made by other processes sharing the data directory (a CLI submit, a cancel, a job another
 * process runs): the desktop counterpart of the web app's realtime subscription. It reads rows whose
 * {@code change_seq} passed its high-water mark, from the change_seq index. It reads a little below the mark
 * because a sequence value taken inside a longer transaction can commit after a higher one; the event hub drops
 * the repeats.
 */
final class ChangeFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);
    private static final int OVERLAP = 64;
    private static final int BATCH = 500;

    private final GenerationRepository generations;
    private final EventHub events;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "genstudio-change-feed");
        t.setDaemon(true);
        return t;
    });
    private long highWater;

    ChangeFeed(GenerationRepository generations, EventHub events) {
        this.generations = generations;
        this.events = events;
    }

    void start(Duration every) {
        highWater = generations.latestChangeSeq();
        timer.scheduleWithFixedDelay(this::safeRead, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void safeRead() {
        try {
            read();
        } catch (RuntimeException e) {
            LOG.warn("Change feed read failed; retrying on the next tick", e);
        }
    }

    /**
     * Reads only ids and sequence numbers first; whole rows are fetched just for changes this process has not
     * published itself, so a busy studio does not re-read its own writes.
     */
    private void read() {
        List<GenerationRepository.Change> changes = generations.changesSince(Math.max(0, highWater - OVERLAP), BATCH);
        List<Long> unseen = new java.util.ArrayList<>();
        for (GenerationRepository.Change c : changes) {
            if (!events.hasSeen(c.id(), c.seq())) {
                unseen.add(c.id());
            }
            highWater = Math.max(highWater, c.seq());
        }
        for (Generation g : generations.findAll(unseen)) {
            events.publish(new GenerationEvent(GenerationEvent.Type.UPDATED, g));
        }
    }

    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
