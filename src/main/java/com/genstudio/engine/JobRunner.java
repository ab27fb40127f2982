package com.genstudio.engine;

import com.genstudio.domain.Generation;
import com.genstudio.domain.GenerationStatus;
import com.genstudio.store.OutputRepository.NewOutput;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one claimed generation through its engine: submit (or resume from the persisted remote id), poll until a
 * terminal state, ingest the results. Every visible change is written under the claim and then published. A write
 * that finds the generation moved by someone else (cancelled from the UI or another process) ends the job.
 *
 * <p>The thread is never interrupted: H2 closes its file channel when a thread is interrupted mid-I/O, so waking
 * up is done with a monitor instead.
 */
final class JobRunner implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    private final JobContext ctx;
    private final Object wakeUp = new Object();
    private volatile Generation current;
    private volatile boolean cancelSignalled;
    private volatile boolean stopSignalled;
    private final Runnable onExit;

    JobRunner(JobContext ctx, Generation claimed, Runnable onExit) {
        this.ctx = ctx;
        this.current = claimed;
        this.onExit = onExit;
    }

    long generationId() {
        return current.id();
    }

    /** The user cancelled it: the row is already cancelled; stop the engine's work promptly. */
    void signalCancel() {
        cancelSignalled = true;
        wake();
    }

    /** Shutting down: leave the generation running so that the next start (or another process) resumes it. */
    void signalStop() {
        stopSignalled = true;
        wake();
    }

    @Override
    public void run() {
        try {
            execute();
        } catch (JobEnded ended) {
            LOG.debug("Generation {} ended early: {}", current.id(), ended.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Generation {} failed unexpectedly", current.id(), e);
            failQuietly("Internal error: " + e.getMessage());
        } finally {
            if (!current.status().isTerminal()) { // a terminal move by this runner released the claim already
                ctx.claims().release(current.id(), ctx.owner());
            }
            onExit.run();
        }
    }

    private void execute() {
        Optional<Engine> found = ctx.engines().find(current.engineId());
        if (found.isEmpty()) {
            fail("Engine '" + current.engineId() + "' is not available in this version of GenStudio");
            return;
        }
        Engine engine = found.get();
        if (current.status() == GenerationStatus.QUEUED) {
            publish(ctx.generations().transition(current.id(), GenerationStatus.QUEUED, GenerationStatus.RUNNING,
                    "Starting", null, ctx.owner()));
        }
        String remoteId = current.remoteRequestId() != null ? current.remoteRequestId() : submit(engine);
        boolean resubmitted = false;
        int transientFailures = 0;
        while (true) {
            checkSignals(engine, remoteId);
            RemoteStatus status;
            try {
                status = engine.poll(remoteId);
                transientFailures = 0;
            } catch (EngineException e) {
                transientFailures = handlePollFailure(e, transientFailures);
                await(backoff(engine.pollInterval(), transientFailures));
                continue;
            }
            switch (status.state()) {
                case PENDING, RUNNING -> reportProgress(status);
                case SUCCEEDED -> {
                    complete(engine, remoteId);
                    return;
                }
                case FAILED -> {
                    fail(status.error() != null ? status.error() : "The engine reported a failure without a reason");
                    return;
                }
                case CANCELLED -> {
                    finish(GenerationStatus.CANCELLED, "Cancelled by the engine", null);
                    return;
                }
                case UNKNOWN -> {
                    if (resubmitted) {
                        fail("The engine lost this job twice; try again");
                        return;
                    }
                    LOG.info("Engine no longer knows job {} of generation {}; submitting again", remoteId, current.id());
                    remoteId = submit(engine);
                    resubmitted = true;
                    continue;
                }
            }
            await(engine.pollInterval());
        }
    }

    private String submit(Engine engine) {
        Generation g = current;
        var job = new EngineJob(g.id(), g.prompt(), g.negativePrompt(), g.modelId(), g.parameters().count(),
                g.parameters().size(), g.parameters().seed(), g.parameters().extra());
        for (int attempt = 1; ; attempt++) {
            try {
                String remoteId = engine.submit(job);
                if (!ctx.generations().setRemoteId(g.id(), ctx.owner(), remoteId)) {
                    engine.cancel(remoteId);
                    throw new JobEnded("claim lost while submitting");
                }
                return remoteId;
            } catch (EngineException e) {
                if (!e.isRetryable() || attempt >= ctx.pacing().maxTransientFailures()) {
                    fail(e.getMessage());
                    throw new JobEnded("submit failed");
                }
                await(backoff(engine.pollInterval(), attempt));
                checkSignals(engine, null);
            }
        }
    }

    private int handlePollFailure(EngineException e, int failuresSoFar) {
        int failures = failuresSoFar + 1;
        if (!e.isRetryable() || failures >= ctx.pacing().maxTransientFailures()) {
            fail(e.getMessage());
            throw new JobEnded("poll failed");
        }
        LOG.warn("Transient failure polling generation {} ({}/{}): {}", current.id(), failures,
                ctx.pacing().maxTransientFailures(), e.getMessage());
        return failures;
    }

    private void reportProgress(RemoteStatus status) {
        String message = status.message() != null ? status.message() : "Running";
        if (status.progress() == current.progress() && message.equals(current.statusMessage())) {
            return;
        }
        publishOrEnd(ctx.generations().updateProgress(current.id(), ctx.owner(), status.progress(), message));
    }

    private void complete(Engine engine, String remoteId) {
        List<EngineOutput> results;
        try {
            results = engine.fetchResults(remoteId);
        } catch (EngineException e) {
            fail("Could not fetch the results: " + e.getMessage());
            return;
        }
        long projectId = ctx.sessions().find(current.sessionId()).orElseThrow(() -> new JobEnded("session deleted"))
                .projectId();
        OutputTarget target = new OutputTarget(projectId, current.sessionId(), current.id());
        List<NewOutput> stored = new ArrayList<>();
        try {
            for (int i = 0; i < results.size(); i++) {
                stored.add(toRow(ctx.ingestor().ingest(target, i, results.get(i))));
            }
        } catch (IOException | RuntimeException e) {
            deleteFiles(target);
            fail("Could not store output " + (stored.size() + 1) + ": " + e.getMessage());
            return;
        }
        Optional<Generation> done = ctx.generations().succeed(current.id(), projectId, ctx.owner(), stored,
                ctx.outputs());
        if (done.isEmpty()) {
            deleteFiles(target);
        }
        publishOrEnd(done);
    }

    private NewOutput toRow(StoredOutput s) {
        return new NewOutput(s.index(), s.kind(), ctx.storeId(), s.storageKey(), s.mimeType(), s.width(), s.height(),
                s.byteSize(), s.sha256(), s.thumbnailKey());
    }

    private void deleteFiles(OutputTarget target) {
        try {
            ctx.ingestor().deleteAll(target);
        } catch (IOException e) {
            LOG.warn("Could not remove the files of generation {}", target.generationId(), e);
        }
    }

    private void checkSignals(Engine engine, String remoteId) {
        if (stopSignalled) {
            throw new JobEnded("stopping");
        }
        if (cancelSignalled) {
            if (remoteId != null) {
                engine.cancel(remoteId);
            }
            throw new JobEnded("cancelled");
        }
    }

    private void fail(String error) {
        finish(GenerationStatus.FAILED, "Failed", error);
    }

    private void failQuietly(String error) {
        try {
            fail(error);
        } catch (RuntimeException e) {
            LOG.error("Could not record the failure of generation {}", current.id(), e);
        }
    }

    private void finish(GenerationStatus to, String message, String error) {
        publish(ctx.generations().transition(current.id(), current.status(), to, message, error, ctx.owner()));
    }

    /** Publishes a successful write; when the write found the row moved by someone else, ends the job. */
    private void publishOrEnd(Optional<Generation> written) {
        if (written.isEmpty()) {
            throw new JobEnded("generation moved by someone else (cancelled or taken over)");
        }
        publish(written);
    }

    private void publish(Optional<Generation> written) {
        written.ifPresentOrElse(g -> {
            current = g;
            ctx.events().publish(new GenerationEvent(GenerationEvent.Type.UPDATED, g));
        }, () -> {
            throw new JobEnded("generation moved by someone else");
        });
    }

    private Duration backoff(Duration base, int failures) {
        long millis = base.toMillis() * (1L << Math.min(failures, 6));
        return Duration.ofMillis(Math.min(millis, ctx.pacing().maxBackoff().toMillis()));
    }

    private void await(Duration d) {
        synchronized (wakeUp) {
            if (cancelSignalled || stopSignalled) {
                return;
            }
            try {
                wakeUp.wait(Math.max(1, d.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new JobEnded("interrupted");
            }
        }
    }

    private void wake() {
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
    }

    /** Ends the job without a status change of its own (someone else already made one, or we are stopping). */
    private static final class JobEnded extends RuntimeException {
        JobEnded(String reason) {
            super(reason, null, false, false);
        }
    }
}
