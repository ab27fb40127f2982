package com.genstudio.store;

import com.genstudio.domain.MediaKind;
import com.genstudio.domain.ProjectImage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/** Output rows (references to stored files) and the project-wide image browse. */
public final class OutputRepository {
    public static final int BROWSE_LIMIT = 200;

    // One index range over the project's outputs, newest first, stopping after LIMIT rows; the joins are primary-key
    // lookups for those rows only.
    static final String RECENT_IMAGES = """
            SELECT %s, s.id AS session_id, s.name AS session_name, g.prompt, o.created_at
            FROM outputs o
            JOIN generations g ON g.id = o.generation_id
            JOIN sessions s ON s.id = g.session_id
            WHERE o.project_id = ? AND o.kind = 'image'
            ORDER BY o.project_id, o.created_at DESC, o.id DESC
            LIMIT ?
            """.formatted(GenerationColumns.OUTPUT_ALIASED);

    private final Jdbc jdbc;
    private final Clock clock;

    public OutputRepository(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new output row; {@code storeId} names the OutputStore that holds the file. */
    public record NewOutput(int index, MediaKind kind, String storeId, String storageKey, String mimeType, int width,
                            int height, long byteSize, String sha256, String thumbnailKey) {}

    /** Inserts the rows on the caller's transaction, so they commit together with the status change. */
    public void insertAll(Connection c, long generationId, long projectId, List<NewOutput> outputs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO outputs (generation_id, project_id, idx, kind, store_id, storage_key, mime_type, width,
                    height, byte_size, sha256, thumbnail_key, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)) {
            var now = Timestamps.toDb(clock.instant());
            for (NewOutput o : outputs) {
                Object[] values = {generationId, projectId, o.index(), o.kind().dbValue(), o.storeId(), o.storageKey(),
                        o.mimeType(), o.width(), o.height(), o.byteSize(), o.sha256(), o.thumbnailKey(), now};
                for (int i = 0; i < values.length; i++) {
                    ps.setObject(i + 1, values[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The project's most recent images across all its sessions: one query, one index range. */
    public List<ProjectImage> recentImages(long projectId, int limit) {
        return jdbc.query(RECENT_IMAGES,
                rs -> new ProjectImage(GenerationColumns.aliasedOutput(rs), rs.getLong("session_id"),
                        rs.getString("session_name"), rs.getString("prompt"), Timestamps.read(rs, "created_at")),
                projectId, Math.clamp(limit, 1, BROWSE_LIMIT));
    }

    /** Where one output's files are, with what is needed to name them elsewhere and to verify a copy. */
    public record StoredRef(long id, long projectId, long generationId, int index, String storeId, String storageKey,
                            String thumbnailKey, String mimeType, long byteSize, String sha256) {}

    /** Outputs held by one store, in id order after {@code afterId}: a resumable scan for moving them. */
    public List<StoredRef> inStore(String storeId, long afterId, int limit) {
        return jdbc.query("""
                SELECT id, project_id, generation_id, idx, store_id, storage_key, thumbnail_key, mime_type, byte_size,
                       sha256
                FROM outputs WHERE store_id = ? AND id > ? ORDER BY id LIMIT ?
                """, rs -> new StoredRef(rs.getLong("id"), rs.getLong("project_id"), rs.getLong("generation_id"),
                rs.getInt("idx"), rs.getString("store_id"), rs.getString("storage_key"), rs.getString("thumbnail_key"),
                rs.getString("mime_type"), rs.getLong("byte_size"), rs.getString("sha256")), storeId, afterId, limit);
    }

    public int countInStore(String storeId) {
        return jdbc.query("SELECT COUNT(*) AS n FROM outputs WHERE store_id = ?", rs -> rs.getInt("n"), storeId)
                .getFirst();
    }

    /**
     * Points an output at its new copy, only if it still points where the caller found it (so a concurrent move
     * or a deleted generation is not overwritten). Returns whether the row changed.
     */
    public boolean relocate(long outputId, String fromStore, String fromKey, String toStore, String toKey,
                            String toThumbnailKey) {
        return jdbc.update("""
                UPDATE outputs SET store_id = ?, storage_key = ?, thumbnail_key = ?
                WHERE id = ? AND store_id = ? AND storage_key = ?
                """, toStore, toKey, toThumbnailKey, outputId, fromStore, fromKey) == 1;
    }
}
