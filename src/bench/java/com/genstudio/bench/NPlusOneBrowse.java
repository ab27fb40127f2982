package com.genstudio.bench;

import com.genstudio.domain.ProjectImage;
import com.genstudio.domain.Session;
import com.genstudio.store.Jdbc;
import com.genstudio.store.SessionRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Baseline of figure 3, the seed's shape: the project's sessions first, then one query per session for its newest
 * images, merged in memory. Each per-session query is given its best plan (the session-history index, stopping after
 * {@code limit} generations), so the baseline is the N+1 pattern at its fastest, not a strawman.
 */
final class NPlusOneBrowse {
    private static final String PER_SESSION = """
            SELECT %s, g.prompt, o.created_at
            FROM (SELECT id, prompt, created_at FROM generations USE INDEX (ix_generations_session_history)
                  WHERE session_id = ? ORDER BY session_id, created_at DESC, id DESC LIMIT ?) g
            JOIN outputs o ON o.generation_id = g.id
            WHERE o.kind = 'image'""".formatted(BaselineRows.OUTPUT_COLUMNS);
    private static final Comparator<ProjectImage> NEWEST_FIRST = Comparator.comparing(ProjectImage::createdAt)
            .thenComparing(i -> i.output().id()).reversed();

    private final Jdbc jdbc;
    private final SessionRepository sessions;

    NPlusOneBrowse(Jdbc jdbc, SessionRepository sessions) {
        this.jdbc = jdbc;
        this.sessions = sessions;
    }

    List<ProjectImage> recentImages(long projectId, int limit) {
        List<ProjectImage> all = new ArrayList<>();
        for (Session s : sessions.ofProject(projectId)) {
            all.addAll(jdbc.query(PER_SESSION, rs -> new ProjectImage(BaselineRows.output(rs), s.id(), s.name(),
                    rs.getString("prompt"), BaselineRows.instant(rs, "created_at")), s.id(), limit));
        }
        all.sort(NEWEST_FIRST);
        return all.size() > limit ? List.copyOf(all.subList(0, limit)) : all;
    }
}
