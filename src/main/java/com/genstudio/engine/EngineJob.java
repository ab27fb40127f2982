package com.genstudio.engine;

import com.genstudio.domain.ImageSize;
import java.util.Map;

/** What an engine is asked to make; the seed is always concrete here (the engine layer picks random ones). */
public record EngineJob(long generationId, String prompt, String negativePrompt, String modelId, int count,
                        ImageSize size, long seed, Map<String, Object> extra) {
    public EngineJob {
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }
}
