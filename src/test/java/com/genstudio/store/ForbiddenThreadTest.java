package com.genstudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guard behind "the UI never touches the database on the FX thread": every store entry point refuses to run on
 * the thread the studio marks as forbidden, so a UI slip fails its test instead of stuttering the window.
 */
class ForbiddenThreadTest {
    private static final String FORBIDDEN = "forbidden-ui-thread";

    @TempDir
    Path dir;

    @Test
    void everyKindOfCallThrowsOnTheForbiddenThreadAndWorksElsewhere() throws Exception {
        try (Database db = Database.open(dir.resolve("db"), () -> Thread.currentThread().getName().equals(FORBIDDEN))) {
            Jdbc jdbc = db.jdbc();
            ThreadFactory named = r -> new Thread(r, FORBIDDEN);
            var forbidden = Executors.newSingleThreadExecutor(named);
            try {
                for (Runnable call : new Runnable[] {
                        () -> jdbc.query("SELECT 1", rs -> rs.getInt(1)),
                        () -> jdbc.update("UPDATE projects SET name = name WHERE id = -1"),
                        () -> jdbc.inTransaction(c -> 1),
                        () -> jdbc.withConnection(c -> 1),
                        () -> new ProjectRepository(jdbc, java.time.Clock.systemUTC()).all()}) {
                    CompletableFuture<Void> onForbidden = CompletableFuture.runAsync(call, forbidden);
                    assertThatThrownBy(onForbidden::join).hasCauseInstanceOf(IllegalStateException.class)
                            .hasMessageContaining("JavaFX thread");
                }
            } finally {
                forbidden.shutdown();
            }
            assertThat(jdbc.query("SELECT 1", rs -> rs.getInt(1))).containsExactly(1);
        }
    }
}
