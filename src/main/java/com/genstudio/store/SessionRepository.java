package com.genstudio.store;

import com.genstudio.domain.Session;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

public final class SessionRepository {
    private static final String COLUMNS = "id, project_id, name, created_at";
    private final Jdbc jdbc;
    private final Clock clock;

    public SessionRepository(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Session> ofProject(long projectId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM sessions WHERE project_id = ? ORDER BY created_at, id",
                SessionRepository::map, projectId);
    }

    public Optional<Session> find(long id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM sessions WHERE id = ?", SessionRepository::map, id);
    }

    public Optional<Session> findByName(long projectId, String name) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM sessions WHERE project_id = ? AND name = ?",
                SessionRepository::map, projectId, name);
    }

    public Session insert(long projectId, String name) {
        return jdbc.queryOne("""
                SELECT id, project_id, name, created_at FROM FINAL TABLE (
                    INSERT INTO sessions (project_id, name, created_at) VALUES (?, ?, ?))
                """, SessionRepository::map, projectId, name, Timestamps.toDb(clock.instant())).orElseThrow();
    }

    public Optional<Session> rename(long id, String name) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM FINAL TABLE (UPDATE sessions SET name = ? WHERE id = ?)",
                SessionRepository::map, name, id);
    }

    public boolean delete(long id) {
        return jdbc.update("DELETE FROM sessions WHERE id = ?", id) == 1;
    }

    static Session map(ResultSet rs) throws SQLException {
        return new Session(rs.getLong("id"), rs.getLong("project_id"), rs.getString("name"),
                Timestamps.read(rs, "created_at"));
    }
}
