package com.genstudio.domain;

import java.util.Map;

/** The sampler settings persisted as JSON next to a generation. */
public record GenerationParameters(int count, ImageSize size, long seed, Map<String, Object> extra) {
    public GenerationParameters {
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }
}
