package com.genstudio.bench;

import com.genstudio.engine.Engine;
import com.genstudio.engine.EngineDescriptor;
import com.genstudio.engine.EngineJob;
import com.genstudio.engine.EngineOutput;
import com.genstudio.engine.ModelDescriptor;
import com.genstudio.engine.RemoteStatus;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;

/**
 * A remote-style engine whose every job takes exactly {@code latency}, then returns one small PNG (or, for a diagnostic run, nothing). It reports no
 * intermediate progress (as many hosted APIs do), so what the engine-overhead figure measures is the job runner's
 * own cost: claims, status writes, ingest and events.
 */
final class FixedLatencyEngine implements Engine {
    static final String ID = "fixed";
    private static final RemoteStatus WORKING = RemoteStatus.running(0, "Rendering");

    private final Duration latency;
    private final Duration pollInterval;
    private final int images;
    private final byte[] png = smallPng();
    private final Map<String, Long> startedAt = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    /** {@code images} is 1, or 0 for a diagnostic run without any file writes. */
    FixedLatencyEngine(Duration latency, Duration pollInterval, int images) {
        this.latency = latency;
        this.pollInterval = pollInterval;
        this.images = images;
    }

    @Override
    public EngineDescriptor descriptor() {
        return new EngineDescriptor(ID, "Fixed latency", "Benchmark engine", true,
                List.of(new ModelDescriptor("m", "Model", "")));
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
        return System.nanoTime() - start >= latency.toNanos() ? RemoteStatus.succeeded() : WORKING;
    }

    @Override
    public List<EngineOutput> fetchResults(String remoteId) {
        startedAt.remove(remoteId);
        return images == 0 ? List.of() : List.of(new EngineOutput.InlineBytes(png, "image/png"));
    }

    @Override
    public void cancel(String remoteId) {
        startedAt.remove(remoteId);
    }

    @Override
    public Duration pollInterval() {
        return pollInterval;
    }

    private static byte[] smallPng() {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x33, 0x66, 0x99));
        g.fillRect(0, 0, 64, 64);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
