package com.genstudio.engine;

import com.genstudio.store.ClaimRepository.ActiveClaim;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims active generations (new ones, and those whose owner died) while there are free slots, and runs each on a
 * bounded worker pool. One scheduler thread does the claiming, the heartbeat and the check for jobs cancelled by
 * another process; it is woken at once on local submits and finishes, and looks again every {@code scanEvery}
 * for work submitted elsewhere.
 */
final class JobDispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobDispatcher.class);

    private final JobContext ctx;
    private final WorkerIdentity identity;
    private final int concurrency;
    private final Duration lease;
    private final ExecutorService workers;
    private final ScheduledExecutorService scheduler;
    private final Map<Long, JobRunner> running = new ConcurrentHashMap<>();
    static final LongPredicate ALL = id -> true;
    private volatile LongPredicate eligible = ALL;
    private volatile boolean started;
    private final java.util.concurrent.atomic.AtomicBoolean scanQueued = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile boolean closed;

    JobDispatcher(JobContext ctx, WorkerIdentity identity, int concurrency, Duration lease) {
        this.ctx = ctx;
        this.identity = identity;
        this.concurrency = concurrency;
        this.lease = lease;
        this.workers = new ThreadPoolExecutor(concurrency, concurrency, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), named("genstudio-job"));
        this.scheduler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(named("genstudio-dispatcher"));
    }

    /** Starts claiming work; only generations whose id passes {@code which} are taken. */
    void start(Duration scanEvery, LongPredicate which) {
        if (started) {
            return;
        }
        eligible = which;
        started = true;
        long heartbeat = Math.max(50, lease.toMillis() / 3);
        scheduler.scheduleWithFixedDelay(this::safeScan, 0, scanEvery.toMillis(), TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(this::safeHeartbeat, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
    }

    boolean isStarted() {
        return started;
    }

    /** Something changed locally (a submit, a finished job): look for work now rather than at the next tick. */
    void wake() {
        // A burst of finishes queues one scan, not one each: a single scan fills every free slot.
        if (started && !closed && scanQueued.compareAndSet(false, true)) {
            scheduler.execute(this::safeScan);
        }
    }

    void cancelled(long generationId) {
        JobRunner runner = running.get(generationId);
        if (runner != null) {
            runner.signalCancel();
        }
    }

    private void safeScan() {
        scanQueued.set(false);
        try {
            scan();
        } catch (RuntimeException e) {
            LOG.error("Dispatcher scan failed", e);
        }
    }

    private void scan() {
        int free = concurrency - running.size();
        if (closed || free <= 0) {
            return;
        }
        if (eligible == ALL) {
            ctx.claims().claimUnclaimed(ctx.owner(), lease, free).forEach(this::run);
            free = concurrency - running.size();
            if (free <= 0) {
                return;
            }
        }
        // Look past the claims held by live owners elsewhere, which fill at most their own pools.
        for (ActiveClaim claim : ctx.claims().activeClaims(free + running.size() + 64)) {
            if (running.size() >= concurrency) {
                return;
            }
            if (!running.containsKey(claim.generationId()) && eligible.test(claim.generationId())) {
                tryClaim(claim);
            }
        }
    }

    private void tryClaim(ActiveClaim claim) {
        String previous = claim.owner();
        if (previous != null && !previous.equals(ctx.owner())
                && !claim.expired() && !identity.isDeadLocalOwner(previous)) {
            return;
        }
        if (previous != null && !previous.equals(ctx.owner())) {
            LOG.info("Taking over generation {} from {} (lease expired or process gone)", claim.generationId(), previous);
        }
        if (!ctx.claims().claim(claim.generationId(), ctx.owner(), previous, lease)) {
            return;
        }
        ctx.generations().find(claim.generationId()).ifPresentOrElse(this::run,
                () -> LOG.debug("Generation {} vanished after its claim", claim.generationId()));
    }

    private void run(com.genstudio.domain.Generation claimed) {
        if (!claimed.status().isActive()) {
            ctx.claims().release(claimed.id(), ctx.owner());
            return;
        }
        JobRunner runner = new JobRunner(ctx, claimed, () -> finished(claimed.id()));
        running.put(claimed.id(), runner);
        workers.execute(runner);
    }

    private void finished(long generationId) {
        running.remove(generationId);
        wake();
    }

    private void safeHeartbeat() {
        try {
            if (!running.isEmpty()) {
                ctx.claims().heartbeat(ctx.owner(), lease);
                ctx.claims().cancelledWhileHeld(ctx.owner(), running.keySet()).forEach(this::cancelled);
            }
        } catch (RuntimeException e) {
            LOG.error("Heartbeat failed", e);
        }
    }

    /** Stops claiming, asks running jobs to stop (they stay running in the database and resume on next start). */
    @Override
    public void close() {
        closed = true;
        scheduler.shutdown();
        running.values().forEach(JobRunner::signalStop);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("{} generation(s) still busy at shutdown; they resume on the next start", running.size());
            }
            scheduler.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ctx.claims().releaseAll(ctx.owner());
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
