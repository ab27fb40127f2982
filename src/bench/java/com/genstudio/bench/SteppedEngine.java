package com.genstudio.bench;

import com.genstudio.engine.Engine;
import com.genstudio.engine.EngineDescriptor;
import com.genstudio.engine.EngineJob;
import com.genstudio.engine.EngineOutput;
import com.genstudio.engine.ModelDescriptor;
import com.genstudio.engine.RemoteStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** A job takes {@code duration} and reports its progress in {@code steps} even steps; it returns no image. */
final class SteppedEngine implements Engine {
    static final String ID = "stepped";

    private final Duration duration;
    private final int steps;
    private final Map<String, Long> startedAt = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    SteppedEngine(Duration duration, int steps) {
        this.duration = duration;
        this.steps = steps;
    }

    @Override
    public EngineDescriptor descriptor() {
        return new EngineDescriptor(ID, "Stepped", "Benchmark engine", true, List.of(new ModelDescriptor("m", "M", "")));
    }

    @Override
    public String submit(EngineJob job) {
        String id = "job-" + ids.incrementAndGet();
        startedAt.put(id, System.nanoTime());
        return id;
    }

    @Override
    public RemoteStatus poll(String remoteId) {
        Long start = startedAt.get(remoteId);
        if (start == null) {
            return RemoteStatus.unknown();
        }
        long step = (System.nanoTime() - start) * steps / duration.toNanos();
        return step >= steps ? RemoteStatus.succeeded()
                : RemoteStatus.running(step / (double) steps, "Step " + step + "/" + steps);
    }

    @Override
    public List<EngineOutput> fetchResults(String remoteId) {
        startedAt.remove(remoteId);
        return List.of();
    }

    @Override
    public void cancel(String remoteId) {
        startedAt.remove(remoteId);
    }

    @Override
    public Duration pollInterval() {
        return duration.dividedBy(steps * 2L);
    }
}
