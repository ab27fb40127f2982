package com.genstudio.store;

import com.genstudio.domain.GenerationParameters;
import com.genstudio.domain.Generation;
import com.genstudio.domain.ImageSize;
import com.genstudio.domain.MediaKind;
import com.genstudio.domain.Project;
import com.genstudio.domain.Session;
import com.genstudio.testing.CountingDataSource;
import com.genstudio.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** A real H2 file database with the real migrations, repositories on a hand-moved clock and a statement counter. */
final class StoreFixture implements AutoCloseable {
    final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    final Database database;
    final CountingDataSource counting;
    final Jdbc jdbc;
    final ProjectRepository projects;
    final SessionRepository sessions;
    final GenerationRepository generations;
    final OutputRepository outputs;
    final ClaimRepository claims;

    StoreFixture(Path dir) {
        database = Database.open(dir.resolve("db"), () -> false);
        counting = new CountingDataSource(database.dataSource());
        jdbc = new Jdbc(counting, () -> false);
        projects = new ProjectRepository(jdbc, clock);
        sessions = new SessionRepository(jdbc, clock);
        generations = new GenerationRepository(jdbc, clock);
        outputs = new OutputRepository(jdbc, clock);
        claims = new ClaimRepository(jdbc, clock);
    }

    Session session(String project, String name) {
        Project p = projects.findByName(project).orElseGet(() -> projects.insert(project));
        return sessions.insert(p.id(), name);
    }

    Generation queued(Session s, String prompt) {
        var params = new GenerationParameters(2, new ImageSize(512, 512), 7, Map.of());
        return generations.insertQueued(new NewGeneration(s.id(), prompt, "", "builtin", "abstract",
                params, null)).orElseThrow();
    }

    /** A generation moved to succeeded with {@code count} image outputs, as the job runner would leave it. */
    Generation succeeded(Session s, String prompt, int count) {
        Generation g = queued(s, prompt);
        claims.claim(g.id(), "owner", null, java.time.Duration.ofMinutes(1));
        generations.transition(g.id(), com.genstudio.domain.GenerationStatus.QUEUED,
                com.genstudio.domain.GenerationStatus.RUNNING, "Starting", null, "owner");
        List<OutputRepository.NewOutput> rows = IntStream.range(0, count)
                .mapToObj(i -> new OutputRepository.NewOutput(i, MediaKind.IMAGE, "local",
                        s.projectId() + "/" + s.id() + "/" + g.id() + "/" + i + ".png", "image/png", 512, 512, 1000,
                        "0".repeat(64), s.projectId() + "/" + s.id() + "/" + g.id() + "/thumbs/" + i + ".jpg"))
                .toList();
        return generations.succeed(g.id(), s.projectId(), "owner", rows, outputs).orElseThrow();
    }

    @Override
    public void close() {
        database.close();
    }
}
