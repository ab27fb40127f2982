package com.genstudio.store;

import com.genstudio.domain.Generation;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * Claims on active generations, so that no generation is ever run by two processes at once: a claim names its owner
 * and holds until {@code claim_expires_at}; the owner's heartbeat pushes that forward, and an expired claim (a dead
 * owner) may be taken over. Modelled on db-scheduler's "dead executions".
 */
public final class ClaimRepository {
    private final Jdbc jdbc;
    private final Clock clock;

    public ClaimRepository(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An active generation and who holds it (null when nobody does). */
    public record ActiveClaim(long generationId, String owner, boolean expired) {}

    /** Active generations in submission order, with their current claim. */
    public List<ActiveClaim> activeClaims(int limit) {
        var now = Timestamps.toDb(clock.instant());
        return jdbc.query("""
                SELECT id, claim_owner, claim_expires_at < ? AS expired FROM generations
                WHERE status IN ('queued', 'running') ORDER BY created_at, id LIMIT ?
                """, rs -> new ActiveClaim(rs.getLong(1), rs.getString(2), rs.getBoolean(3)), now, limit);
    }

    /**
     * Takes the generation for {@code owner} if it is unclaimed, or still held by {@code previousOwner} (an owner
     * known to be dead, or whose lease ran out). Counts the attempt. True when this call won.
     */
    public boolean claim(long generationId, String owner, String previousOwner, Duration lease) {
        var expires = Timestamps.toDb(clock.instant().plus(lease));
        if (previousOwner == null) {
            return jdbc.update("""
                    UPDATE generations SET claim_owner = ?, claim_expires_at = ?, attempts = attempts + 1
                    WHERE id = ? AND status IN ('queued', 'running') AND claim_owner IS NULL
                    """, owner, expires, generationId) == 1;
        }
        return jdbc.update("""
                UPDATE generations SET claim_owner = ?, claim_expires_at = ?, attempts = attempts + 1
                WHERE id = ? AND status IN ('queued', 'running') AND claim_owner = ?
                """, owner, expires, generationId, previousOwner) == 1;
    }

    /**
     * Claims up to {@code limit} unclaimed active generations for {@code owner} in one statement, oldest first, and
     * returns them. Counts each attempt. The outer {@code claim_owner IS NULL} is what makes it safe against another
     * process claiming at the same moment: H2 checks it again once it holds the row lock. (A plain
     * {@code UPDATE … FETCH FIRST n ROWS} claimed rows twice under that race in MultiProcessTest.)
     */
    public List<Generation> claimUnclaimed(String owner, Duration lease, int limit) {
        var expires = Timestamps.toDb(clock.instant().plus(lease));
        return jdbc.query("""
                SELECT %s FROM FINAL TABLE (
                    UPDATE generations SET claim_owner = ?, claim_expires_at = ?, attempts = attempts + 1
                    WHERE id IN (SELECT id FROM generations
                                 WHERE status IN ('queued', 'running') AND claim_owner IS NULL
                                 ORDER BY created_at, id LIMIT ?)
                      AND claim_owner IS NULL)
                ORDER BY created_at, id
                """.formatted(GenerationColumns.GENERATION), GenerationColumns::generation, owner, expires, limit);
    }

    /** Extends every claim the owner holds on active generations; returns how many it still holds. */
    public int heartbeat(String owner, Duration lease) {
        var expires = Timestamps.toDb(clock.instant().plus(lease));
        return jdbc.update("""
                UPDATE generations SET claim_expires_at = ?
                WHERE claim_owner = ? AND status IN ('queued', 'running')
                """, expires, owner);
    }

    /** Those of {@code ids} that this owner still holds but someone (another process) has cancelled meanwhile. */
    public List<Long> cancelledWhileHeld(String owner, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT id FROM generations WHERE id = ANY(?) AND claim_owner = ? AND status = 'cancelled'",
                rs -> rs.getLong(1), ids.toArray(Long[]::new), owner);
    }

    /** Lets go of a generation (finished, or handed back on shutdown). */
    public void release(long generationId, String owner) {
        jdbc.update("UPDATE generations SET claim_owner = NULL, claim_expires_at = NULL WHERE id = ? AND claim_owner = ?",
                generationId, owner);
    }

    public void releaseAll(String owner) {
        jdbc.update("UPDATE generations SET claim_owner = NULL, claim_expires_at = NULL WHERE claim_owner = ?", owner);
    }
}
