package com.genstudio.engine;

import com.genstudio.store.ClaimRepository;
import com.genstudio.store.GenerationRepository;
import com.genstudio.store.OutputRepository;
import com.genstudio.store.SessionRepository;
import java.time.Duration;

/** What every job runner needs, wired once by the engine. */
record JobContext(String owner, EngineRegistry engines, GenerationRepository generations,
                  OutputRepository outputs, SessionRepository sessions, ClaimRepository claims,
                  OutputIngestor ingestor, String storeId, EventHub events, Pacing pacing) {

    /** Poll back-off and retry budget for transient provider faults. */
    record Pacing(int maxTransientFailures, Duration maxBackoff) {
        static Pacing standard() {
            return new Pacing(5, Duration.ofSeconds(10));
        }
    }
}
