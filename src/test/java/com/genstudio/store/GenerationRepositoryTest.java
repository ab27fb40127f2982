package com.genstudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.genstudio.domain.Generation;
import com.genstudio.domain.GenerationStatus;
import com.genstudio.domain.Page;
import com.genstudio.domain.Session;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationRepositoryTest {
    @TempDir
    Path dir;
    StoreFixture store;
    Session session;

    @BeforeEach
    void open() {
        store = new StoreFixture(dir);
        session = store.session("Project", "Session");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void historyWalksEveryRowOnceAcrossTiesAndPageBoundaries() {
        List<Long> inserted = new ArrayList<>();
        for (int i = 0; i < 47; i++) {
            if (i % 4 == 0) {
                store.clock.advance(Duration.ofMillis(1)); // four rows share each timestamp
            }
            inserted.add(store.queued(session, "prompt " + i).id());
        }
        Session other = store.session("Project", "Other");
        store.queued(other, "rows of another session never leak in");
        List<Long> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Page<Generation> page = store.generations.history(session.id(), cursor, 10);
            page.items().forEach(g -> walked.add(g.id()));
            cursor = page.nextCursor();
            pages++;
            assertThat(page.hasMore()).isEqualTo(cursor != null);
        } while (cursor != null);
        assertThat(pages).isEqualTo(5);
        assertThat(walked).containsExactlyElementsOf(inserted.reversed());
    }

    @Test
    void pageSizeDefaultsTo20AndIsClampedTo50() {
        for (int i = 0; i < 60; i++) {
            store.queued(session, "p" + i);
        }
        assertThat(store.generations.history(session.id(), null, 0).items()).hasSize(20);
        assertThat(store.generations.history(session.id(), null, 500).items()).hasSize(50);
        assertThat(store.generations.history(session.id(), null, 500).hasMore()).isTrue();
        assertThat(store.generations.history(session.id(), null, 7).items()).hasSize(7);
    }

    @Test
    void lastPageHasNoCursor() {
        store.queued(session, "only");
        Page<Generation> page = store.generations.history(session.id(), null, 20);
        assertThat(page.hasMore()).isFalse();
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void eachGenerationArrivesWithItsOutputsInOneStatement() {
        for (int i = 0; i < 12; i++) {
            store.succeeded(session, "done " + i, 1 + i % 4);
        }
        store.queued(session, "no outputs yet");
        store.counting.reset();
        Page<Generation> page = store.generations.history(session.id(), null, 50);
        assertThat(store.counting.statements()).isEqualTo(1);
        assertThat(page.items()).hasSize(13);
        assertThat(page.items().getFirst().outputs()).isEmpty();
        Generation done = page.items().get(1);
        assertThat(done.outputs()).extracting(o -> o.index()).containsExactly(0, 1, 2, 3);
        assertThat(done.outputs()).allSatisfy(o -> assertThat(o.generationId()).isEqualTo(done.id()));
    }

    @Test
    void insertTakesTheProjectFromTheSessionAndRefusesAMissingSession() {
        Generation g = store.queued(session, "mine");
        assertThat(store.outputs.recentImages(session.projectId(), 10)).isEmpty();
        assertThat(store.jdbc.queryOne("SELECT project_id FROM generations WHERE id = ?", rs -> rs.getLong(1), g.id()))
                .contains(session.projectId());
        var params = new com.genstudio.domain.GenerationParameters(1, new com.genstudio.domain.ImageSize(256, 256), 1,
                java.util.Map.of());
        assertThat(store.generations.insertQueued(new NewGeneration(9999, "orphan", "", "builtin", "abstract", params,
                null))).isEmpty();
    }

    @Test
    void invalidCursorIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> store.generations.history(session.id(), "garbage!", 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Invalid cursor");
    }

    @Test
    void transitionIsCompareAndSetOnTheCurrentStatus() {
        Generation g = store.queued(session, "x");
        assertThat(store.generations.transition(g.id(), GenerationStatus.QUEUED, GenerationStatus.CANCELLED,
                "Cancelled", null, null)).isPresent();
        assertThat(store.generations.transition(g.id(), GenerationStatus.QUEUED, GenerationStatus.RUNNING,
                "Starting", null, null)).isEmpty();
        assertThatThrownBy(() -> store.generations.transition(g.id(), GenerationStatus.CANCELLED,
                GenerationStatus.RUNNING, "x", null, null)).isInstanceOf(IllegalStateException.class);
        Generation after = store.generations.find(g.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(GenerationStatus.CANCELLED);
        assertThat(after.finishedAt()).isNotNull();
    }

    @Test
    void everyWriteMovesTheChangeSequenceForward() {
        Generation g = store.queued(session, "x");
        store.claims.claim(g.id(), "me", null, Duration.ofMinutes(1));
        Generation running = store.generations.transition(g.id(), GenerationStatus.QUEUED, GenerationStatus.RUNNING,
                "Starting", null, "me").orElseThrow();
        Generation progressed = store.generations.updateProgress(g.id(), "me", 0.5, "Step 12/24").orElseThrow();
        assertThat(running.changeSeq()).isGreaterThan(g.changeSeq());
        assertThat(progressed.changeSeq()).isGreaterThan(running.changeSeq());
        assertThat(store.generations.changesSince(g.changeSeq(), 10)).containsExactly(
                new GenerationRepository.Change(g.id(), progressed.changeSeq()));
        assertThat(store.generations.findAll(List.of(g.id()))).extracting(Generation::progress).containsExactly(0.5);
        assertThat(store.generations.updateProgress(g.id(), "someone else", 0.6, "x")).isEmpty();
    }
}
