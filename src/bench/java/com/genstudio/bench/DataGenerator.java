package com.genstudio.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.genstudio.domain.GenerationParameters;
import com.genstudio.domain.ImageSize;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * Seeds a library straight into the store's tables with batched inserts (a submit per row would take the whole
 * time budget). Rows look like the job runner leaves them: succeeded generations with their parameters as JSON,
 * output rows holding storage keys, sizes and hashes. Four generations share each millisecond, so the history
 * keyset's tie-breaking on id is exercised.
 */
final class DataGenerator {
    static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final int BATCH = 1_000;
    private static final int COMMIT_EVERY = 20_000;
    private static final String[] WORDS = ("misty mountain lake at dawn neon city street rain reflections portrait "
            + "of an old sailor watercolor fox in a snowy forest cinematic lighting highly detailed isometric "
            + "castle floating island golden hour macro photo of a dew drop on a leaf").split(" ");
    private static final ObjectMapper JSON = new ObjectMapper();

    private DataGenerator() {}

    /** Row ids: projects, sessions and generations are numbered from 1 in insertion order. */
    record Seeded(DataShape shape, long bigSessionId, int bigSessionRows, long millis) {}

    static Seeded seed(DataSource dataSource, DataShape shape) throws SQLException {
        long started = System.nanoTime();
        int[] perSession = new int[shape.sessions()];
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            insertProjectsAndSessions(c, shape);
            insertGenerations(c, shape, perSession);
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE projects ALTER COLUMN id RESTART WITH " + (shape.projects() + 1));
                s.execute("ALTER TABLE sessions ALTER COLUMN id RESTART WITH " + (shape.sessions() + 1));
                s.execute("ALTER TABLE generations ALTER COLUMN id RESTART WITH " + (shape.generations() + 1));
                s.execute("ALTER TABLE outputs ALTER COLUMN id RESTART WITH " + (shape.outputs() + 1));
                s.execute("ALTER SEQUENCE generation_change_seq RESTART WITH " + (shape.generations() + 1));
                s.execute("ANALYZE");
            }
            c.commit();
        }
        return new Seeded(shape, 1, perSession[0], (System.nanoTime() - started) / 1_000_000);
    }

    private static void insertProjectsAndSessions(Connection c, DataShape shape) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO projects (id, name, created_at) VALUES (?, ?, ?)");
             PreparedStatement s = c.prepareStatement(
                     "INSERT INTO sessions (id, project_id, name, created_at) VALUES (?, ?, ?, ?)")) {
            for (int project = 0; project < shape.projects(); project++) {
                p.setLong(1, project + 1);
                p.setString(2, "Project " + (project + 1));
                p.setObject(3, at(0));
                p.addBatch();
            }
            p.executeBatch();
            for (int session = 0; session < shape.sessions(); session++) {
                s.setLong(1, session + 1);
                s.setLong(2, shape.projectOf(session) + 1);
                s.setString(3, "Session " + (session + 1));
                s.setObject(4, at(0));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void insertGenerations(Connection c, DataShape shape, int[] perSession) throws SQLException {
        SplittableRandom random = new SplittableRandom(42);
        HexFormat hex = HexFormat.of();
        try (PreparedStatement g = c.prepareStatement("""
                INSERT INTO generations (id, session_id, project_id, prompt, negative_prompt, engine_id, model_id,
                    parameters, status, progress, status_message, attempts, created_at, started_at, finished_at,
                    change_seq)
                VALUES (?, ?, ?, ?, '', 'builtin', 'abstract', ?, 'succeeded', 1, 'Done', 1, ?, ?, ?, ?)""");
             PreparedStatement o = c.prepareStatement("""
                INSERT INTO outputs (id, generation_id, project_id, idx, kind, store_id, storage_key, mime_type,
                    width, height, byte_size, sha256, thumbnail_key, created_at)
                VALUES (?, ?, ?, ?, 'image', 'local', ?, 'image/png', 1024, 1024, ?, ?, ?, ?)""")) {
            long outputId = 0;
            for (int i = 0; i < shape.generations(); i++) {
                long id = i + 1;
                int session = shape.sessionOf(i);
                perSession[session]++;
                long project = shape.projectOf(session) + 1;
                long createdMillis = i / 4;
                g.setLong(1, id);
                g.setLong(2, session + 1);
                g.setLong(3, project);
                g.setString(4, prompt(random));
                g.setString(5, parameters(random, shape.outputsPerGeneration()));
                g.setObject(6, at(createdMillis));
                g.setObject(7, at(createdMillis + 100));
                g.setObject(8, at(createdMillis + 4_000));
                g.setLong(9, id);
                g.addBatch();
                String prefix = project + "/" + (session + 1) + "/" + id + "/";
                for (int k = 0; k < shape.outputsPerGeneration(); k++) {
                    byte[] digest = new byte[32];
                    random.nextBytes(digest);
                    o.setLong(1, ++outputId);
                    o.setLong(2, id);
                    o.setLong(3, project);
                    o.setInt(4, k);
                    o.setString(5, prefix + k + ".png");
                    o.setLong(6, 600_000 + random.nextInt(900_000));
                    o.setString(7, hex.formatHex(digest));
                    o.setString(8, prefix + "thumbs/" + k + ".jpg");
                    o.setObject(9, at(createdMillis + 4_000));
                    o.addBatch();
                }
                if (id % BATCH == 0) {
                    g.executeBatch();
                    o.executeBatch();
                }
                if (id % COMMIT_EVERY == 0) {
                    c.commit();
                }
            }
            g.executeBatch();
            o.executeBatch();
        }
    }

    private static OffsetDateTime at(long millisAfterStart) {
        return START.plusMillis(millisAfterStart).atOffset(ZoneOffset.UTC);
    }

    private static String prompt(SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        int words = 8 + random.nextInt(12);
        for (int w = 0; w < words; w++) {
            sb.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static String parameters(SplittableRandom random, int count) {
        try {
            return JSON.writeValueAsString(new GenerationParameters(count, new ImageSize(1024, 1024),
                    random.nextLong(1L << 32), Map.of()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
