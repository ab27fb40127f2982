package com.genstudio.engine;

import com.genstudio.testing.TestImages;
import java.awt.Color;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * A remote-style engine whose jobs advance with time: {@code steps} steps of {@code stepTime} each. It remembers
 * how often each generation was submitted and how many jobs were in flight at once.
 */
public final class FakeEngine implements Engine {
    public enum Mode { SUCCEED, FAIL_HALFWAY, HANG }

    private final String id;
    private final int steps;
    private final Duration stepTime;
    private volatile Mode mode = Mode.SUCCEED;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> submitsByGeneration = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger cancels = new AtomicInteger();
    private final AtomicInteger transientPollFailures = new AtomicInteger();
    private volatile EngineException submitError;

    private record Job(long generationId, int count, long startNanos, boolean[] cancelled) {}

    public FakeEngine(String id, int steps, Duration stepTime) {
        this.id = id;
        this.steps = steps;
        this.stepTime = stepTime;
    }

    /** The next {@code n} polls throw a retryable fault, as a provider's 503 would. */
    public FakeEngine failNextPolls(int n) {
        transientPollFailures.set(n);
        return this;
    }

    /** Every submit throws this until cleared with null. */
    public FakeEngine failSubmits(EngineException error) {
        submitError = error;
        return this;
    }

    public FakeEngine mode(Mode newMode) {
        this.mode = newMode;
        return this;
    }

    @Override
    public EngineDescriptor descriptor() {
        return new EngineDescriptor(id, "Fake " + id, "Test engine", true,
                List.of(new ModelDescriptor("m1", "Model one", ""), new ModelDescriptor("m2", "Model two", "")));
    }

    @Override
    public String submit(EngineJob job) throws EngineException {
        if (submitError != null) {
            throw submitError;
        }
        String remoteId = id + "-" + job.generationId() + "-" + System.nanoTime();
        jobs.put(remoteId, new Job(job.generationId(), job.count(), System.nanoTime(), new boolean[1]));
        submitsByGeneration.computeIfAbsent(job.generationId(), k -> new AtomicInteger()).incrementAndGet();
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        return remoteId;
    }

    @Override
    public RemoteStatus poll(String remoteId) throws EngineException {
        if (transientPollFailures.getAndDecrement() > 0) {
            throw new EngineException("503 Service Unavailable", true);
        }
        Job job = jobs.get(remoteId);
        if (job == null) {
            return RemoteStatus.unknown();
        }
        if (job.cancelled()[0]) {
            return new RemoteStatus(RemoteState.CANCELLED, 0, "Cancelled", null);
        }
        long step = Math.min(steps, (System.nanoTime() - job.startNanos()) / Math.max(1, stepTime.toNanos()));
        if (mode == Mode.HANG) {
            return RemoteStatus.running(0.5, "Waiting forever");
        }
        if (mode == Mode.FAIL_HALFWAY && step >= steps / 2) {
            finish(remoteId);
            return RemoteStatus.failed("Fake failure at step " + step);
        }
        if (step >= steps) {
            return RemoteStatus.succeeded();
        }
        return RemoteStatus.running(step / (double) steps, "Step " + step + "/" + steps);
    }

    @Override
    public List<EngineOutput> fetchResults(String remoteId) {
        Job job = finish(remoteId);
        return IntStream.range(0, job.count())
                .<EngineOutput>mapToObj(i -> new EngineOutput.InlineBytes(TestImages.png(64, 48, Color.ORANGE), "image/png"))
                .toList();
    }

    @Override
    public void cancel(String remoteId) {
        Job job = jobs.get(remoteId);
        if (job != null && !job.cancelled()[0]) {
            job.cancelled()[0] = true;
            cancels.incrementAndGet();
            inFlight.decrementAndGet();
        }
    }

    private Job finish(String remoteId) {
        Job job = jobs.remove(remoteId);
        if (job != null && !job.cancelled()[0]) {
            inFlight.decrementAndGet();
        }
        return job;
    }

    @Override
    public Duration pollInterval() {
        return Duration.ofMillis(10);
    }

    public int submits(long generationId) {
        AtomicInteger n = submitsByGeneration.get(generationId);
        return n == null ? 0 : n.get();
    }

    public int maxInFlight() {
        return maxInFlight.get();
    }

    public int cancels() {
        return cancels.get();
    }
}
