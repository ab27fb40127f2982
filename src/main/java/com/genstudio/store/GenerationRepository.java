package com.genstudio.store;

import static com.genstudio.store.GenerationColumns.GENERATION;
import static com.genstudio.store.GenerationColumns.OUTPUT_ALIASED;

import com.genstudio.domain.Generation;
import com.genstudio.domain.GenerationStatus;
import com.genstudio.domain.Output;
import com.genstudio.domain.Page;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Generations: insert, status moves guarded by compare-and-set, history pages and the change feed. */
public final class GenerationRepository {
    public static final int DEFAULT_PAGE = 20;
    public static final int MAX_PAGE = 50;

    private static final String WITH_OUTPUTS = """
            SELECT g.*, %s
            FROM (%s) g
            LEFT JOIN outputs o ON o.generation_id = g.id
            ORDER BY g.created_at DESC, g.id DESC, o.idx""";

    // A range on the index's time column with ties filtered inside it: H2 turns a top-level OR into a full scan
    // (shared/design/h2-notes.md), this form stays an index range. The equality column leads the ORDER BY because
    // only then does H2 2.4 see that the index already has the order and stop after LIMIT rows ("index sorted").
    // USE INDEX: H2 adds its own single-column index for the session foreign key and may otherwise pick that one.
    static final String PAGE_AFTER_CURSOR = """
            SELECT %s FROM generations USE INDEX (ix_generations_session_history)
            WHERE session_id = ? AND created_at <= ? AND (created_at < ? OR id < ?)
            ORDER BY session_id, created_at DESC, id DESC LIMIT ?""".formatted(GENERATION);
    static final String FIRST_PAGE = """
            SELECT %s FROM generations USE INDEX (ix_generations_session_history) WHERE session_id = ?
            ORDER BY session_id, created_at DESC, id DESC LIMIT ?""".formatted(GENERATION);

    private final Jdbc jdbc;
    private final Clock clock;

    public GenerationRepository(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Inserts a queued generation in the given session, taking the project from the session in the same statement
     * (one round trip for a submit). Empty when the session does not exist.
     */
    public Optional<Generation> insertQueued(NewGeneration g) {
        return jdbc.queryOne("""
                SELECT %s FROM FINAL TABLE (
                    INSERT INTO generations (session_id, project_id, prompt, negative_prompt, engine_id, model_id,
                        parameters, status, progress, status_message, retry_of_id, created_at, change_seq)
                    SELECT s.id, s.project_id, ?, ?, ?, ?, ?, 'queued', 0, 'Queued', ?, ?,
                        NEXT VALUE FOR generation_change_seq
                    FROM sessions s WHERE s.id = ?)
                """.formatted(GENERATION), GenerationColumns::generation,
                g.prompt(), g.negativePrompt(), g.engineId(), g.modelId(), ParametersJson.write(g.parameters()),
                g.retryOfId(), Timestamps.toDb(clock.instant()), g.sessionId());
    }

    public Optional<Generation> find(long id) {
        String inner = "SELECT %s FROM generations WHERE id = ?".formatted(GENERATION);
        List<Generation> found = withOutputs(inner, id);
        return found.stream().findFirst();
    }

    /** Newest first; {@code limit} defaults to 20 and is clamped to 1..50. */
    public Page<Generation> history(long sessionId, String cursor, int limit) {
        int size = limit <= 0 ? DEFAULT_PAGE : Math.min(limit, MAX_PAGE);
        List<Generation> rows;
        if (cursor == null || cursor.isBlank()) {
            rows = withOutputs(FIRST_PAGE, sessionId, size + 1);
        } else {
            HistoryCursor c = HistoryCursor.decode(cursor);
            var at = Timestamps.toDb(c.createdAt());
            rows = withOutputs(PAGE_AFTER_CURSOR, sessionId, at, at, c.id(), size + 1);
        }
        boolean hasMore = rows.size() > size;
        List<Generation> items = hasMore ? rows.subList(0, size) : rows;
        String next = hasMore ? new HistoryCursor(items.getLast().createdAt(), items.getLast().id()).encode() : null;
        return new Page<>(items, hasMore, next);
    }

    /**
     * Moves a generation from {@code from} to {@code to} only if it is still in {@code from} (and, when
     * {@code owner} is given, still claimed by it). Empty when someone else moved it first.
     */
    public Optional<Generation> transition(long id, GenerationStatus from, GenerationStatus to, String message,
                                           String error, String owner) {
        from.moveTo(to);
        var now = Timestamps.toDb(clock.instant());
        String ownerClause = owner == null ? "" : " AND claim_owner = ?";
        // The owner finishing its own job lets go of the claim in the same statement.
        String release = owner != null && to.isTerminal() ? ", claim_owner = NULL, claim_expires_at = NULL" : "";
        String sql = """
                SELECT %s FROM FINAL TABLE (
                    UPDATE generations SET status = ?, status_message = ?, error_message = ?,
                        progress = COALESCE(?, progress), started_at = COALESCE(started_at, ?),
                        finished_at = ?, change_seq = NEXT VALUE FOR generation_change_seq%s
                    WHERE id = ? AND status = ?%s)
                """.formatted(GENERATION, release, ownerClause);
        List<Object> params = new ArrayList<>();
        params.add(to.dbValue());
        params.add(message);
        params.add(error);
        params.add(to == GenerationStatus.SUCCEEDED ? 1.0 : null);
        params.add(to == GenerationStatus.RUNNING ? now : null);
        params.add(to.isTerminal() ? now : null);
        params.add(id);
        params.add(from.dbValue());
        if (owner != null) {
            params.add(owner);
        }
        return jdbc.queryOne(sql, GenerationColumns::generation, params.toArray());
    }

    /**
     * Records the outputs and moves the generation to succeeded in one transaction; empty (and nothing written)
     * when the generation is no longer running under {@code owner} — cancelled meanwhile, or taken over.
     */
    public Optional<Generation> succeed(long id, long projectId, String owner, List<OutputRepository.NewOutput> outputs,
                                        OutputRepository outputRepository) {
        Optional<Generation> done = jdbc.inTransaction(c -> {
            outputRepository.insertAll(c, id, projectId, outputs);
            Optional<Generation> moved = transition(id, GenerationStatus.RUNNING, GenerationStatus.SUCCEEDED,
                    "Done", null, owner);
            if (moved.isEmpty()) {
                c.rollback();
            }
            return moved;
        });
        return done.isEmpty() ? done : find(id);
    }

    /** Progress of a running generation, written only while {@code owner} still holds it. */
    public Optional<Generation> updateProgress(long id, String owner, double progress, String message) {
        return jdbc.queryOne("""
                SELECT %s FROM FINAL TABLE (
                    UPDATE generations SET progress = ?, status_message = ?,
                        change_seq = NEXT VALUE FOR generation_change_seq
                    WHERE id = ? AND status = 'running' AND claim_owner = ?)
                """.formatted(GENERATION), GenerationColumns::generation,
                Math.clamp(progress, 0.0, 1.0), message, id, owner);
    }

    public boolean setRemoteId(long id, String owner, String remoteId) {
        return jdbc.update("UPDATE generations SET remote_request_id = ? WHERE id = ? AND claim_owner = ?",
                remoteId, id, owner) == 1;
    }

    /** A generation id and the sequence number of its latest change. */
    public record Change(long id, long seq) {}

    /** Ids and sequence numbers changed after {@code seq}, read from the change_seq index alone. */
    public List<Change> changesSince(long seq, int limit) {
        return jdbc.query("SELECT id, change_seq FROM generations WHERE change_seq > ? ORDER BY change_seq LIMIT ?",
                rs -> new Change(rs.getLong(1), rs.getLong(2)), seq, limit);
    }

    /** The given generations with their outputs, in one statement. */
    public List<Generation> findAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String inner = "SELECT %s FROM generations WHERE id = ANY(?)".formatted(GENERATION);
        return withOutputs(inner, (Object) ids.toArray(Long[]::new));
    }

    public long latestChangeSeq() {
        return jdbc.queryOne("SELECT COALESCE(MAX(change_seq), 0) FROM generations", rs -> rs.getLong(1))
                .orElse(0L);
    }

    public List<Generation> active() {
        String inner = "SELECT %s FROM generations WHERE status IN ('queued', 'running')".formatted(GENERATION);
        return withOutputs(inner);
    }

    public boolean delete(long id) {
        return jdbc.update("DELETE FROM generations WHERE id = ?", id) == 1;
    }

    private List<Generation> withOutputs(String innerSql, Object... params) {
        String sql = WITH_OUTPUTS.formatted(OUTPUT_ALIASED, innerSql);
        return jdbc.withConnection(c -> {
            try (PreparedStatement ps = Jdbc.prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
                return groupOutputs(rs);
            }
        });
    }

    private static List<Generation> groupOutputs(ResultSet rs) throws SQLException {
        Map<Long, Generation> generations = new LinkedHashMap<>();
        Map<Long, List<Output>> outputs = new LinkedHashMap<>();
        while (rs.next()) {
            long id = rs.getLong("id");
            generations.computeIfAbsent(id, k -> mapUnchecked(rs));
            Output output = GenerationColumns.aliasedOutput(rs);
            List<Output> list = outputs.computeIfAbsent(id, k -> new ArrayList<>());
            if (output != null) {
                list.add(output);
            }
        }
        List<Generation> result = new ArrayList<>(generations.size());
        generations.forEach((id, g) -> result.add(g.withOutputs(outputs.get(id))));
        return result;
    }

    private static Generation mapUnchecked(ResultSet rs) {
        try {
            return GenerationColumns.generation(rs);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }
}
