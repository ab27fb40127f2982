package com.genstudio.bench;

import com.genstudio.domain.Generation;
import com.genstudio.domain.Output;
import com.genstudio.store.Jdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Baseline of figure 2: the same history page (the same columns, the same join to outputs, the same index hint and
 * order) found by {@code LIMIT/OFFSET} instead of the keyset cursor.
 */
final class OffsetHistoryQuery {
    private static final String SQL = """
            SELECT g.*, %s
            FROM (SELECT %s FROM generations USE INDEX (ix_generations_session_history) WHERE session_id = ?
                  ORDER BY session_id, created_at DESC, id DESC LIMIT ? OFFSET ?) g
            LEFT JOIN outputs o ON o.generation_id = g.id
            ORDER BY g.created_at DESC, g.id DESC, o.idx""".formatted(BaselineRows.OUTPUT_COLUMNS,
            BaselineRows.GENERATION_COLUMNS);

    private final Jdbc jdbc;

    OffsetHistoryQuery(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    List<Generation> page(long sessionId, int offset, int limit) {
        return jdbc.withConnection(c -> {
            try (PreparedStatement ps = Jdbc.prepare(c, SQL, sessionId, limit, offset);
                 ResultSet rs = ps.executeQuery()) {
                Map<Long, Generation> generations = new LinkedHashMap<>();
                Map<Long, List<Output>> outputs = new LinkedHashMap<>();
                while (rs.next()) {
                    long id = rs.getLong("id");
                    if (!generations.containsKey(id)) {
                        generations.put(id, BaselineRows.generation(rs));
                    }
                    Output o = BaselineRows.output(rs);
                    List<Output> list = outputs.computeIfAbsent(id, k -> new ArrayList<>());
                    if (o != null) {
                        list.add(o);
                    }
                }
                List<Generation> page = new ArrayList<>(generations.size());
                generations.forEach((id, g) -> page.add(g.withOutputs(outputs.get(id))));
                return page;
            }
        });
    }
}
