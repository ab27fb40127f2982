package com.genstudio.cli;

import com.genstudio.engine.Engine;
import com.genstudio.engine.EngineDescriptor;
import com.genstudio.engine.EngineException;
import com.genstudio.engine.EngineJob;
import com.genstudio.engine.EngineOutput;
import com.genstudio.engine.ModelDescriptor;
import com.genstudio.engine.RemoteStatus;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;

/**
 * A fast in-process engine for CLI tests: flat PNGs of the requested size; a prompt containing "fail" fails, and
 * while {@link #hold} is on every job stays running.
 */
final class FlatColorEngine implements Engine {
    static final String ID = "flat";
    static final String MODEL = "flat-1";
    static final String FAILURE = "The flat renderer ran out of paint";

    private final Map<String, EngineJob> jobs = new ConcurrentHashMap<>();
    private final AtomicBoolean held = new AtomicBoolean();

    void hold(boolean on) {
        held.set(on);
    }

    @Override
    public EngineDescriptor descriptor() {
        return new EngineDescriptor(ID, "Flat colour", "Test renderer", true,
                List.of(new ModelDescriptor(MODEL, "Flat 1", "One colour per seed")));
    }

    @Override
    public String submit(EngineJob job) {
        String remoteId = UUID.randomUUID().toString();
        jobs.put(remoteId, job);
        return remoteId;
    }

    @Override
    public RemoteStatus poll(String remoteId) {
        EngineJob job = jobs.get(remoteId);
        if (job == null) {
            return RemoteStatus.unknown();
        }
        if (held.get()) {
            return RemoteStatus.running(0.5, "painting");
        }
        return job.prompt().contains("fail") ? RemoteStatus.failed(FAILURE) : RemoteStatus.succeeded();
    }

    @Override
    public List<EngineOutput> fetchResults(String remoteId) throws EngineException {
        EngineJob job = jobs.get(remoteId);
        if (job == null) {
            throw new EngineException("Unknown job " + remoteId, false);
        }
        return IntStream.range(0, job.count()).<EngineOutput>mapToObj(i -> png(job, i)).toList();
    }

    private static EngineOutput.InlineBytes png(EngineJob job, int index) {
        BufferedImage image = new BufferedImage(job.size().width(), job.size().height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color((int) (job.seed() + index) & 0xFFFFFF));
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EngineOutput.InlineBytes(bytes.toByteArray(), "image/png");
    }

    @Override
    public void cancel(String remoteId) {
        jobs.remove(remoteId);
    }

    @Override
    public Duration pollInterval() {
        return Duration.ofMillis(10);
    }
}
