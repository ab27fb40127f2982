package com.genstudio.providers.builtin;

import com.genstudio.domain.ImageSize;
import com.genstudio.engine.Engine;
import com.genstudio.engine.EngineDescriptor;
import com.genstudio.engine.EngineException;
import com.genstudio.engine.EngineJob;
import com.genstudio.engine.EngineOutput;
import com.genstudio.engine.RemoteState;
import com.genstudio.engine.RemoteStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The offline engine: draws abstract pictures from the prompt on the engine's own threads, reporting progress in
 * steps like a sampler so the studio behaves as it does with a remote model. Jobs live only in memory; after a
 * restart their ids are unknown and the runner submits again, which gives the same pictures because rendering is
 * deterministic.
 */
public final class BuiltinEngine implements Engine, AutoCloseable {
    public static final String ID = "builtin";
    public static final int DEFAULT_STEPS = 24;
    public static final Duration DEFAULT_STEP_DURATION = Duration.ofMillis(60);
    public static final int MAX_IMAGES = 4;
    private static final long FORGET_AFTER_NANOS = Duration.ofMinutes(10).toNanos();

    private final ExecutorService executor;
    private final boolean ownsExecutor;
    private final int steps;
    private final Duration stepDuration;
    private final ProceduralRenderer renderer = new ProceduralRenderer();
    private final Map<String, BuiltinJob> jobs = new ConcurrentHashMap<>();

    /** Realistic pacing: 24 steps, each at least 60 ms, on two render threads. */
    public BuiltinEngine() {
        this(DEFAULT_STEPS, DEFAULT_STEP_DURATION);
    }

    public BuiltinEngine(int steps, Duration minStepDuration) {
        this(newRenderPool(), true, steps, minStepDuration);
    }

    /** Renders on {@code executor}, which the caller owns: {@link #close()} cancels jobs but leaves it running. */
    public BuiltinEngine(ExecutorService executor, int steps, Duration minStepDuration) {
        this(executor, false, steps, minStepDuration);
    }

    private BuiltinEngine(ExecutorService executor, boolean ownsExecutor, int steps, Duration minStepDuration) {
        if (steps < 1) {
            throw new IllegalArgumentException("Steps must be at least 1, got " + steps);
        }
        if (minStepDuration == null || minStepDuration.isNegative()) {
            throw new IllegalArgumentException("Step duration must be zero or positive, got " + minStepDuration);
        }
        this.executor = executor;
        this.ownsExecutor = ownsExecutor;
        this.steps = steps;
        this.stepDuration = minStepDuration;
    }

    @Override
    public EngineDescriptor descriptor() {
        return new EngineDescriptor(ID, "Built-in (offline procedural)",
                "An offline procedural renderer that draws abstract images from the words of your prompt. "
                        + "It is not an AI model: colour words pick the palette, other words place the shapes. "
                        + "Free, needs no key or network, and the same prompt and seed always give the same image.",
                true, Arrays.stream(BuiltinStyle.values()).map(BuiltinStyle::descriptor).toList());
    }

    @Override
    public String submit(EngineJob job) throws EngineException {
        BuiltinStyle style = validate(job);
        forgetStaleJobs();
        String remoteId = "builtin-" + UUID.randomUUID();
        BuiltinJob state = new BuiltinJob(steps);
        jobs.put(remoteId, state);
        try {
            state.attach(executor.submit(() -> render(state, job, style)));
        } catch (RejectedExecutionException e) {
            jobs.remove(remoteId);
            throw new EngineException("The built-in engine has been shut down", false, e);
        }
        return remoteId;
    }

    private static BuiltinStyle validate(EngineJob job) throws EngineException {
        if (job.count() < 1 || job.count() > MAX_IMAGES) {
            throw new EngineException("The built-in engine makes 1 to " + MAX_IMAGES + " images per job, not "
                    + job.count(), false);
        }
        ImageSize size = job.size();
        if (size == null || !size.withinLimits()) {
            throw new EngineException("The built-in engine draws " + ImageSize.MIN_SIDE + " to " + ImageSize.MAX_SIDE
                    + " pixels per side, not " + size, false);
        }
        String modelId = job.modelId();
        if (modelId == null || modelId.isBlank()) {
            return BuiltinStyle.values()[0];
        }
        return BuiltinStyle.byId(modelId).orElseThrow(() -> new EngineException("The built-in engine has no style '"
                + modelId + "'; choose one of " + Arrays.stream(BuiltinStyle.values()).map(BuiltinStyle::id).toList(),
                false));
    }

    private void render(BuiltinJob job, EngineJob spec, BuiltinStyle style) {
        if (!job.start()) {
            return;
        }
        try {
            List<RenderPlan> plans = new ArrayList<>();
            for (int i = 0; i < spec.count(); i++) {
                plans.add(renderer.plan(new RenderRequest(spec.prompt(), spec.negativePrompt(), style, spec.size(),
                        spec.seed(), i)));
            }
            for (int step = 1; step <= steps; step++) {
                long started = System.nanoTime();
                if (job.isCancelled() || Thread.currentThread().isInterrupted()) {
                    return;
                }
                for (RenderPlan plan : plans) {
                    plan.paintThrough(step, steps);
                }
                job.advance(step);
                long remaining = stepDuration.toNanos() - (System.nanoTime() - started);
                if (step < steps && remaining > 0) {
                    Thread.sleep(remaining / 1_000_000, (int) (remaining % 1_000_000));
                }
            }
            job.succeed(plans.stream().map(RenderPlan::encodePng).toList(), System.nanoTime());
        } catch (InterruptedException e) {
            // Either cancel() interrupted us (the job already says CANCELLED) or the engine is closing.
            job.fail("The built-in engine stopped before the images were finished", System.nanoTime());
            Thread.currentThread().interrupt();
        } catch (RuntimeException | OutOfMemoryError e) {
            job.fail("Drawing the image failed: " + e, System.nanoTime());
        }
    }

    @Override
    public RemoteStatus poll(String remoteId) {
        BuiltinJob job = jobs.get(remoteId);
        return job == null ? RemoteStatus.unknown() : job.status();
    }

    @Override
    public List<EngineOutput> fetchResults(String remoteId) throws EngineException {
        BuiltinJob job = jobs.get(remoteId);
        if (job == null) {
            throw new EngineException("The built-in engine does not know job " + remoteId
                    + " (it keeps jobs only until their results are fetched or the app restarts)", false);
        }
        List<byte[]> images = job.images();
        if (job.state() != RemoteState.SUCCEEDED || images == null) {
            throw new EngineException("Built-in job " + remoteId + " has no results: it is "
                    + job.state().name().toLowerCase(Locale.ROOT), false);
        }
        jobs.remove(remoteId);
        return images.stream().<EngineOutput>map(png -> new EngineOutput.InlineBytes(png, "image/png")).toList();
    }

    @Override
    public void cancel(String remoteId) {
        BuiltinJob job = jobs.get(remoteId);
        if (job != null) {
            job.cancel(System.nanoTime());
        }
    }

    @Override
    public Duration pollInterval() {
        return Duration.ofMillis(50);
    }

    /** Cancels running jobs and, when the engine made its own threads, stops them. */
    @Override
    public void close() {
        jobs.values().forEach(job -> job.cancel(System.nanoTime()));
        if (ownsExecutor) {
            executor.shutdownNow();
        }
    }

    private void forgetStaleJobs() {
        long now = System.nanoTime();
        jobs.values().removeIf(job -> job.isStale(now, FORGET_AFTER_NANOS));
    }

    private static ExecutorService newRenderPool() {
        AtomicInteger counter = new AtomicInteger();
        return Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "builtin-render-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
