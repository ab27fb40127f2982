package com.genstudio.bench;

import com.genstudio.domain.GenerationStatus;
import com.genstudio.store.ClaimRepository;
import com.genstudio.store.Database;
import com.genstudio.store.GenerationRepository;
import com.genstudio.store.Jdbc;
import com.genstudio.store.OutputRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EXPLAIN for every query on the hot paths, taken from the statements the repositories actually execute on the
 * seeded library. Calls that write are made so that they match no row (a wrong claim owner): the plan is the one
 * the real call gets, and the data stays as seeded.
 */
final class QueryPlans {
    /** A hot path, the statements it ran, and H2's plan for each. */
    record Plan(String path, List<String> plans) {
        boolean usesIndexes() {
            return plans.stream().noneMatch(p -> p.contains("tableScan") || p.contains("table scan"));
        }
    }

    private static final Pattern FINAL_TABLE = Pattern.compile("FROM FINAL TABLE \\((.*)\\)\\s*(ORDER BY [^()]*)?$",
            Pattern.DOTALL);

    private QueryPlans() {}

    static List<Plan> explain(Database db, long bigSession, long project) {
        RecordingDataSource recording = new RecordingDataSource(db.dataSource());
        Jdbc jdbc = new Jdbc(recording.dataSource(), () -> false);
        Clock clock = Clock.systemUTC();
        GenerationRepository generations = new GenerationRepository(jdbc, clock);
        OutputRepository outputs = new OutputRepository(jdbc, clock);
        ClaimRepository claims = new ClaimRepository(jdbc, clock);
        String cursor = generations.history(bigSession, null, 50).nextCursor();
        recording.drain();
        long someId = generations.history(bigSession, null, 1).items().getFirst().id();
        recording.drain();

        List<Plan> plans = new ArrayList<>();
        plan(plans, recording, db, "History, first page", r -> generations.history(bigSession, null, 50));
        plan(plans, recording, db, "History, next page by cursor", r -> generations.history(bigSession, cursor, 50));
        plan(plans, recording, db, "Project browse (200 newest images)", r -> outputs.recentImages(project, 200));
        plan(plans, recording, db, "Status update: progress",
                r -> generations.updateProgress(someId, "no-such-owner", 0.5, "Step 1"));
        plan(plans, recording, db, "Status update: transition",
                r -> generations.transition(someId, GenerationStatus.RUNNING, GenerationStatus.SUCCEEDED, "Done",
                        null, "no-such-owner"));
        plan(plans, recording, db, "Dispatcher scan for work", r -> claims.activeClaims(96));
        plan(plans, recording, db, "Claim a generation",
                r -> claims.claim(someId, "no-such-owner", "no-such-previous-owner", Duration.ofSeconds(10)));
        plan(plans, recording, db, "Claim heartbeat", r -> claims.heartbeat("no-such-owner", Duration.ofSeconds(10)));
        plan(plans, recording, db, "Claim a batch of new work", r -> claims.claimUnclaimed("no-such-owner",
                Duration.ofSeconds(10), 0));
        plan(plans, recording, db, "Active generations (status bar, resume)", r -> generations.active());
        plan(plans, recording, db, "Change feed", r -> generations.changesSince(Long.MAX_VALUE - 1, 500));
        return plans;
    }

    private static void plan(List<Plan> plans, RecordingDataSource recording, Database db, String path,
                             Consumer<Void> call) {
        call.accept(null);
        List<String> explained = new ArrayList<>();
        for (RecordingDataSource.Executed e : recording.drain()) {
            // H2 explains "SELECT ... FROM FINAL TABLE (UPDATE ...)" as a scan of the change's own rows; the plan
            // that matters is the inner UPDATE's, which binds all the parameters.
            Matcher dml = FINAL_TABLE.matcher(e.sql());
            String sql = dml.find() ? dml.group(1) : e.sql();
            explained.addAll(db.jdbc().query("EXPLAIN " + sql, rs -> rs.getString(1), e.params().toArray()));
        }
        plans.add(new Plan(path, explained));
    }
}
