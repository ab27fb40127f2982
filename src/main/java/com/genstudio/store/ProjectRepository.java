package com.genstudio.store;

import com.genstudio.domain.Project;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

public final class ProjectRepository {
    private static final String COLUMNS = "id, name, created_at";
    private final Jdbc jdbc;
    private final Clock clock;

    public ProjectRepository(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Project> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM projects ORDER BY LOWER(name), id", ProjectRepository::map);
    }

    public Optional<Project> find(long id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM projects WHERE id = ?", ProjectRepository::map, id);
    }

    public Optional<Project> findByName(String name) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM projects WHERE name = ?", ProjectRepository::map, name);
    }

    public Project insert(String name) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM FINAL TABLE (INSERT INTO projects (name, created_at) VALUES (?, ?))",
                ProjectRepository::map, name, Timestamps.toDb(clock.instant())).orElseThrow();
    }

    public Optional<Project> rename(long id, String name) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM FINAL TABLE (UPDATE projects SET name = ? WHERE id = ?)",
                ProjectRepository::map, name, id);
    }

    public boolean delete(long id) {
        return jdbc.update("DELETE FROM projects WHERE id = ?", id) == 1;
    }

    static Project map(ResultSet rs) throws SQLException {
        return new Project(rs.getLong("id"), rs.getString("name"), Timestamps.read(rs, "created_at"));
    }
}
