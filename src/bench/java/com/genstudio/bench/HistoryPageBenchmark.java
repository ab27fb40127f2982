package com.genstudio.bench;

import com.genstudio.domain.Generation;
import com.genstudio.domain.Page;
import com.genstudio.store.Database;
import com.genstudio.store.GenerationRepository;
import com.genstudio.store.HistoryCursor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Figure 2: one history page of 50 generations with their outputs, {@code depth} rows into the session, by the
 * store's keyset cursor ({@link GenerationRepository#history}) and by OFFSET. The cursor for a depth is the one the
 * previous page would have handed out; setup checks that both ways return the same page.
 */
@State(Scope.Benchmark)
public class HistoryPageBenchmark {
    static final int PAGE = 50;

    @Param("")
    public String database;
    @Param("1")
    public long session;
    @Param("0")
    public int depth;

    private Database db;
    private GenerationRepository repository;
    private OffsetHistoryQuery offsetQuery;
    private String cursor;

    @Setup
    public void open() {
        db = new BenchDatabase(Path.of(database)).open();
        repository = new GenerationRepository(db.jdbc(), Clock.systemUTC());
        offsetQuery = new OffsetHistoryQuery(db.jdbc());
        cursor = depth == 0 ? null : db.jdbc().queryOne("""
                        SELECT created_at, id FROM generations WHERE session_id = ?
                        ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET ?""",
                rs -> new HistoryCursor(BaselineRows.instant(rs, "created_at"), rs.getLong("id")).encode(),
                session, depth - 1).orElseThrow(() -> new IllegalStateException("Session too short for " + depth));
        List<Long> byCursor = cursor().items().stream().map(Generation::id).toList();
        List<Long> byOffset = offset().stream().map(Generation::id).toList();
        if (byCursor.size() != PAGE || !byCursor.equals(byOffset)) {
            throw new IllegalStateException("Cursor and OFFSET pages differ at depth " + depth);
        }
    }

    @Benchmark
    public Page<Generation> cursor() {
        return repository.history(session, cursor, PAGE);
    }

    @Benchmark
    public List<Generation> offset() {
        return offsetQuery.page(session, depth, PAGE);
    }

    @TearDown
    public void close() {
        db.close();
    }
}
