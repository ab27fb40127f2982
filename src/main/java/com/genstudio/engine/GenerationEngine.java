package com.genstudio.engine;

import com.genstudio.domain.Generation;
import com.genstudio.domain.GenerationParameters;
import com.genstudio.domain.GenerationRequest;
import com.genstudio.domain.GenerationStatus;
import com.genstudio.domain.Page;
import com.genstudio.domain.ProjectImage;
import com.genstudio.store.GenerationRepository;
import com.genstudio.store.NewGeneration;
import com.genstudio.store.OutputRepository;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generation service: submit persists a queued row and returns; a {@link JobDispatcher} claims and runs the
 * work in the background; every change is published through the {@link EventHub}.
 */
public final class GenerationEngine implements GenerationService, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GenerationEngine.class);
    private static final long MAX_RANDOM_SEED = 1L << 32;

    /** Work scope for {@link #startWorkers}: every generation (claimed in batches, the fast path). */
    public static final LongPredicate ANY_GENERATION = JobDispatcher.ALL;

    private final JobContext ctx;
    private final RequestParser parser;
    private final JobDispatcher dispatcher;
    private final ChangeFeed changeFeed;

    public GenerationEngine(Wiring wiring) {
        this.ctx = new JobContext(wiring.identity().id(), wiring.engines(), wiring.generations(), wiring.outputs(),
                wiring.sessions(), wiring.claims(), wiring.ingestor(), wiring.storeId(), wiring.events(),
                JobContext.Pacing.standard());
        this.parser = new RequestParser(wiring.engines());
        this.dispatcher = new JobDispatcher(ctx, wiring.identity(), wiring.concurrency(), wiring.lease());
        this.changeFeed = new ChangeFeed(wiring.generations(), wiring.events());
    }

    /** Everything the engine is built from; assembled by the composition root. */
    public record Wiring(WorkerIdentity identity, EngineRegistry engines, GenerationRepository generations,
                         OutputRepository outputs, com.genstudio.store.SessionRepository sessions,
                         com.genstudio.store.ClaimRepository claims, OutputIngestor ingestor, String storeId,
                         EventHub events, int concurrency, Duration lease) {}

    /**
     * Starts running queued work (including generations left behind by a stopped process) and the change feed.
     * {@code which} limits the work this process takes on (the CLI's {@code generate --wait} runs only its own).
     */
    public void startWorkers(Duration scanEvery, Duration feedEvery, LongPredicate which) {
        if (dispatcher.isStarted()) {
            return;
        }
        changeFeed.start(feedEvery);
        dispatcher.start(scanEvery, which);
    }

    @Override
    public List<EngineDescriptor> engines() {
        return ctx.engines().descriptors();
    }

    @Override
    public GenerationRequest parse(RequestDraft draft) {
        return parser.parse(draft);
    }

    @Override
    public Generation submit(GenerationRequest request) {
        return insert(parser.validate(request), null);
    }

    private Generation insert(GenerationRequest r, Long retryOf) {
        long seed = r.seed() != null ? r.seed() : ThreadLocalRandom.current().nextLong(MAX_RANDOM_SEED);
        var parameters = new GenerationParameters(r.count(), r.size(), seed, r.extraParameters());
        Generation created = ctx.generations().insertQueued(new NewGeneration(r.sessionId(), r.prompt(),
                r.negativePrompt(), r.engineId(), r.modelId(), parameters, retryOf)).orElseThrow(
                        () -> ValidationException.of(Field.SESSION, "Session " + r.sessionId() + " does not exist"));
        ctx.events().publish(new GenerationEvent(GenerationEvent.Type.CREATED, created));
        dispatcher.wake();
        return created;
    }

    @Override
    public Generation cancel(long generationId) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Generation g = require(generationId);
            if (!g.status().isActive()) {
                return g;
            }
            Optional<Generation> cancelled = ctx.generations().transition(g.id(), g.status(),
                    GenerationStatus.CANCELLED, "Cancelled", null, null);
            if (cancelled.isPresent()) {
                ctx.events().publish(new GenerationEvent(GenerationEvent.Type.UPDATED, cancelled.get()));
                dispatcher.cancelled(generationId);
                return cancelled.get();
            }
            // It moved (queued -> running) between the read and the write: read again.
        }
        return require(generationId);
    }

    @Override
    public Generation retry(long generationId) {
        Generation g = require(generationId);
        if (!g.status().isRetryable()) {
            throw new IllegalStateException("Only a failed or cancelled generation can be retried (this one is "
                    + g.status().dbValue() + ")");
        }
        return insert(parser.validate(g.toRequest()), g.id());
    }

    @Override
    public void delete(long generationId) {
        Generation g = cancel(generationId);
        ctx.sessions().find(g.sessionId()).ifPresent(s -> deleteFiles(new OutputTarget(s.projectId(), s.id(), g.id())));
        if (ctx.generations().delete(generationId)) {
            ctx.events().publish(new GenerationEvent(GenerationEvent.Type.DELETED, g));
        }
    }

    void deleteFiles(OutputTarget target) {
        try {
            ctx.ingestor().deleteAll(target);
        } catch (IOException e) {
            LOG.warn("Could not delete the files under {}", target.prefix(), e);
        }
    }

    @Override
    public Optional<Generation> find(long generationId) {
        return ctx.generations().find(generationId);
    }

    private Generation require(long generationId) {
        return find(generationId).orElseThrow(() -> new NotFoundException("No generation with id " + generationId));
    }

    @Override
    public Page<Generation> history(long sessionId, String cursor, int limit) {
        return ctx.generations().history(sessionId, cursor, limit);
    }

    @Override
    public List<ProjectImage> browseProject(long projectId) {
        return ctx.outputs().recentImages(projectId, OutputRepository.BROWSE_LIMIT);
    }

    @Override
    public List<Generation> active() {
        return ctx.generations().active();
    }

    @Override
    public Subscription subscribe(GenerationListener listener) {
        return ctx.events().subscribe(listener);
    }

    @Override
    public void close() {
        changeFeed.close();
        dispatcher.close();
    }
}
