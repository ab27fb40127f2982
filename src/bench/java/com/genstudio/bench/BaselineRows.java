package com.genstudio.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.genstudio.domain.Generation;
import com.genstudio.domain.GenerationParameters;
import com.genstudio.domain.GenerationStatus;
import com.genstudio.domain.MediaKind;
import com.genstudio.domain.Output;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Row mapping for the baselines, doing the same work per row as the store's own mapping (every column read, the
 * parameters parsed from JSON) so that a baseline differs from GenStudio only in its queries.
 */
final class BaselineRows {
    static final String OUTPUT_COLUMNS = """
            o.id AS o_id, o.generation_id AS o_generation_id, o.idx AS o_idx, o.kind AS o_kind,
            o.storage_key AS o_storage_key, o.mime_type AS o_mime_type, o.width AS o_width, o.height AS o_height,
            o.byte_size AS o_byte_size, o.sha256 AS o_sha256, o.thumbnail_key AS o_thumbnail_key""";
    static final String GENERATION_COLUMNS = """
            id, session_id, project_id, prompt, negative_prompt, engine_id, model_id, parameters, status, progress,
            status_message, error_message, remote_request_id, attempts, retry_of_id, created_at, started_at,
            finished_at, change_seq""";
    private static final ObjectMapper JSON = new ObjectMapper();

    private BaselineRows() {}

    static Generation generation(ResultSet rs) throws SQLException {
        long retryOf = rs.getLong("retry_of_id");
        Long retryOfId = rs.wasNull() ? null : retryOf;
        return new Generation(rs.getLong("id"), rs.getLong("session_id"), rs.getString("prompt"),
                rs.getString("negative_prompt"), rs.getString("engine_id"), rs.getString("model_id"),
                parameters(rs.getString("parameters")), GenerationStatus.fromDb(rs.getString("status")),
                rs.getDouble("progress"), rs.getString("status_message"), rs.getString("error_message"),
                rs.getString("remote_request_id"), rs.getInt("attempts"), retryOfId, instant(rs, "created_at"),
                instant(rs, "started_at"), instant(rs, "finished_at"), rs.getLong("change_seq"), List.of());
    }

    static Output output(ResultSet rs) throws SQLException {
        long id = rs.getLong("o_id");
        if (rs.wasNull()) {
            return null;
        }
        return new Output(id, rs.getLong("o_generation_id"), rs.getInt("o_idx"), MediaKind.fromDb(rs.getString("o_kind")),
                rs.getString("o_storage_key"), rs.getString("o_mime_type"), rs.getInt("o_width"),
                rs.getInt("o_height"), rs.getLong("o_byte_size"), rs.getString("o_sha256"),
                rs.getString("o_thumbnail_key"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static GenerationParameters parameters(String json) {
        try {
            return JSON.readValue(json, GenerationParameters.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
