package com.genstudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.genstudio.domain.Generation;
import com.genstudio.domain.Session;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimRepositoryTest {
    private static final Duration LEASE = Duration.ofSeconds(10);
    @TempDir
    Path dir;
    StoreFixture store;
    Session session;

    @BeforeEach
    void open() {
        store = new StoreFixture(dir);
        session = store.session("P", "S");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void onlyOneOwnerWinsAClaim() {
        Generation g = store.queued(session, "x");
        assertThat(store.claims.claim(g.id(), "a", null, LEASE)).isTrue();
        assertThat(store.claims.claim(g.id(), "b", null, LEASE)).isFalse();
        assertThat(store.generations.find(g.id()).orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void anExpiredLeaseShowsAsExpiredAndCanBeTakenOverFromItsOwnerOnly() {
        Generation g = store.queued(session, "x");
        store.claims.claim(g.id(), "a", null, LEASE);
        assertThat(store.claims.activeClaims(10)).containsExactly(new ClaimRepository.ActiveClaim(g.id(), "a", false));
        store.clock.advance(LEASE.plusSeconds(1));
        assertThat(store.claims.activeClaims(10).getFirst().expired()).isTrue();
        assertThat(store.claims.claim(g.id(), "c", "b", LEASE)).isFalse();
        assertThat(store.claims.claim(g.id(), "c", "a", LEASE)).isTrue();
        assertThat(store.generations.find(g.id()).orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    void batchClaimsTakeTheOldestUnclaimedOnceEach() {
        List<Generation> all = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            store.clock.advance(Duration.ofMillis(1));
            all.add(store.queued(session, "g" + i));
        }
        store.claims.claim(all.get(1).id(), "other", null, LEASE);
        List<Generation> first = store.claims.claimUnclaimed("a", LEASE, 2);
        List<Generation> rest = store.claims.claimUnclaimed("b", LEASE, 10);
        assertThat(first).extracting(Generation::id).containsExactly(all.get(0).id(), all.get(2).id());
        assertThat(rest).extracting(Generation::id).containsExactly(all.get(3).id(), all.get(4).id());
        assertThat(first).allSatisfy(g -> assertThat(g.attempts()).isEqualTo(1));
        assertThat(store.claims.claimUnclaimed("c", LEASE, 10)).isEmpty();
    }

    @Test
    void theOwnersTerminalMoveReleasesTheClaimButACancelFromElsewhereKeepsIt() {
        Generation mine = store.queued(session, "mine");
        Generation theirs = store.queued(session, "theirs");
        store.claims.claim(mine.id(), "me", null, LEASE);
        store.claims.claim(theirs.id(), "me", null, LEASE);
        store.generations.transition(mine.id(), com.genstudio.domain.GenerationStatus.QUEUED,
                com.genstudio.domain.GenerationStatus.FAILED, "Failed", "x", "me");
        store.generations.transition(theirs.id(), com.genstudio.domain.GenerationStatus.QUEUED,
                com.genstudio.domain.GenerationStatus.CANCELLED, "Cancelled", null, null);
        assertThat(store.jdbc.query("SELECT id FROM generations WHERE claim_owner = 'me'", rs -> rs.getLong(1)))
                .containsExactly(theirs.id());
    }

    @Test
    void heartbeatKeepsTheLeaseAlive() {
        Generation g = store.queued(session, "x");
        store.claims.claim(g.id(), "a", null, LEASE);
        store.clock.advance(LEASE.minusSeconds(1));
        assertThat(store.claims.heartbeat("a", LEASE)).isEqualTo(1);
        store.clock.advance(Duration.ofSeconds(5));
        assertThat(store.claims.activeClaims(10).getFirst().expired()).isFalse();
    }

    @Test
    void cancelledWhileHeldFindsRowsCancelledByAnotherProcess() {
        Generation a = store.queued(session, "a");
        Generation b = store.queued(session, "b");
        store.claims.claim(a.id(), "me", null, LEASE);
        store.claims.claim(b.id(), "me", null, LEASE);
        store.generations.transition(a.id(), com.genstudio.domain.GenerationStatus.QUEUED,
                com.genstudio.domain.GenerationStatus.CANCELLED, "Cancelled", null, null);
        assertThat(store.claims.cancelledWhileHeld("me", List.of(a.id(), b.id()))).containsExactly(a.id());
    }
}
