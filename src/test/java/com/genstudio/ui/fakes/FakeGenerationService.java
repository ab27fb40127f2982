package com.genstudio.ui.fakes;

import com.genstudio.domain.AspectRatio;
import com.genstudio.domain.Generation;
import com.genstudio.domain.GenerationParameters;
import com.genstudio.domain.GenerationRequest;
import com.genstudio.domain.GenerationStatus;
import com.genstudio.domain.MediaKind;
import com.genstudio.domain.Output;
import com.genstudio.domain.Page;
import com.genstudio.domain.ProjectImage;
import com.genstudio.engine.EngineDescriptor;
import com.genstudio.engine.Field;
import com.genstudio.engine.GenerationEvent;
import com.genstudio.engine.GenerationListener;
import com.genstudio.engine.GenerationService;
import com.genstudio.engine.ModelDescriptor;
import com.genstudio.engine.RequestDraft;
import com.genstudio.engine.Subscription;
import com.genstudio.engine.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Generations in memory; nothing runs by itself. Tests move generations with {@link #progress}, {@link #succeed} and
 * {@link #fail}, and every change is published to subscribers synchronously, like the engine's change feed.
 */
public final class FakeGenerationService implements GenerationService {
    public static final EngineDescriptor ENGINE = new EngineDescriptor("builtin", "Built-in",
            "An offline procedural engine.", true, List.of(new ModelDescriptor("noise", "Noise", "Plasma noise")));

    private final List<Generation> all = new ArrayList<>();
    private final List<GenerationListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong seq = new AtomicLong();
    private Instant clock = Instant.parse("2025-01-01T10:00:00Z");

    @Override
    public List<EngineDescriptor> engines() {
        return List.of(ENGINE);
    }

    @Override
    public GenerationRequest parse(RequestDraft d) {
        if (d.prompt() == null || d.prompt().isBlank()) {
            throw new ValidationException(Map.of(Field.PROMPT, "Prompt is empty: describe what to generate"));
        }
        AspectRatio aspect = AspectRatio.parse(d.aspect()).orElseThrow();
        return new GenerationRequest(d.sessionId(), d.prompt(), d.negativePrompt(), d.engineId(), d.modelId(),
                Integer.parseInt(d.count()), aspect.sizeForLongSide(Integer.parseInt(d.longSide())),
                d.seed().isBlank() ? null : Long.parseLong(d.seed()), Map.of());
    }

    @Override
    public synchronized Generation submit(GenerationRequest r) {
        Generation g = new Generation(ids.incrementAndGet(), r.sessionId(), r.prompt(), r.negativePrompt(),
                r.engineId(), r.modelId(), new GenerationParameters(r.count(), r.size(), 7, Map.of()),
                GenerationStatus.QUEUED, 0, null, null, null, 1, null, tick(), null, null, seq.incrementAndGet(),
                List.of());
        all.add(g);
        publish(GenerationEvent.Type.CREATED, g);
        return g;
    }

    /** Adds a finished generation with {@code images} outputs, as if another process had made it earlier. */
    public synchronized Generation seedSucceeded(long sessionId, String prompt, int images) {
        Generation g = submit(new GenerationRequest(sessionId, prompt, "", "builtin", "noise", images,
                AspectRatio.SQUARE.sizeForLongSide(512), 1L, Map.of()));
        return succeed(g.id(), images);
    }

    public synchronized Generation progress(long id, double progress) {
        return change(id, g -> copy(g, GenerationStatus.RUNNING, progress, null, g.outputs()));
    }

    public synchronized Generation succeed(long id, int images) {
        List<Output> outputs = new ArrayList<>();
        for (int i = 0; i < images; i++) {
            outputs.add(new Output(id * 10 + i, id, i, MediaKind.IMAGE, "gen/" + id + "/" + i + ".png", "image/png",
                    512, 512, 1000, "sha", "gen/" + id + "/thumbs/" + i + ".png"));
        }
        return change(id, g -> copy(g, GenerationStatus.SUCCEEDED, 1, null, outputs));
    }

    public synchronized Generation fail(long id, String error) {
        return change(id, g -> copy(g, GenerationStatus.FAILED, g.progress(), error, g.outputs()));
    }

    @Override
    public synchronized Generation cancel(long id) {
        Generation g = find(id).orElseThrow();
        return g.status().isActive() ? change(id, x -> copy(x, GenerationStatus.CANCELLED, x.progress(), null, List.of())) : g;
    }

    @Override
    public synchronized Generation retry(long id) {
        return submit(find(id).orElseThrow().toRequest());
    }

    @Override
    public synchronized void delete(long id) {
        Generation g = find(id).orElseThrow();
        all.remove(g);
        publish(GenerationEvent.Type.DELETED, g);
    }

    @Override
    public synchronized Optional<Generation> find(long id) {
        return all.stream().filter(g -> g.id() == id).findFirst();
    }

    @Override
    public synchronized Page<Generation> history(long sessionId, String cursor, int limit) {
        List<Generation> newest = all.stream().filter(g -> g.sessionId() == sessionId)
                .sorted(Comparator.comparingLong(Generation::id).reversed()).toList();
        int from = cursor == null ? 0 : Integer.parseInt(cursor);
        int to = Math.min(newest.size(), from + limit);
        boolean more = to < newest.size();
        return new Page<>(newest.subList(from, to), more, more ? String.valueOf(to) : null);
    }

    @Override
    public synchronized List<ProjectImage> browseProject(long projectId) {
        List<ProjectImage> images = new ArrayList<>();
        for (Generation g : all.reversed()) {
            g.outputs().forEach(o -> images.add(new ProjectImage(o, g.sessionId(), "Session", g.prompt(), g.createdAt())));
        }
        return images;
    }

    @Override
    public synchronized List<Generation> active() {
        return all.stream().filter(g -> g.status().isActive()).toList();
    }

    @Override
    public Subscription subscribe(GenerationListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public int subscriberCount() {
        return listeners.size();
    }

    private Generation change(long id, java.util.function.UnaryOperator<Generation> update) {
        Generation next = update.apply(find(id).orElseThrow());
        all.replaceAll(g -> g.id() == id ? next : g);
        publish(GenerationEvent.Type.UPDATED, next);
        return next;
    }

    private Generation copy(Generation g, GenerationStatus status, double progress, String error, List<Output> outputs) {
        Instant started = g.startedAt() == null && status != GenerationStatus.QUEUED ? tick() : g.startedAt();
        Instant finished = status.isTerminal() ? tick() : null;
        return new Generation(g.id(), g.sessionId(), g.prompt(), g.negativePrompt(), g.engineId(), g.modelId(),
                g.parameters(), status, progress, status == GenerationStatus.RUNNING ? "Rendering" : null, error,
                null, g.attempts(), g.retryOfId(), g.createdAt(), started, finished, seq.incrementAndGet(), outputs);
    }

    private Instant tick() {
        clock = clock.plusSeconds(1);
        return clock;
    }

    private void publish(GenerationEvent.Type type, Generation g) {
        GenerationEvent event = new GenerationEvent(type, g);
        listeners.forEach(l -> l.onEvent(event));
    }
}
