package com.genstudio.domain;

import java.util.Map;

/**
 * What the user asked for. Built by the composer or the CLI, checked by the engine's validator before anything is
 * stored. {@code seed} is null for "random": the engine picks one and persists it, so a result can be reproduced.
 */
public record GenerationRequest(
        long sessionId,
        String prompt,
        String negativePrompt,
        String engineId,
        String modelId,
        int count,
        ImageSize size,
        Long seed,
        Map<String, Object> extraParameters) {

    public GenerationRequest {
        negativePrompt = negativePrompt == null ? "" : negativePrompt;
        extraParameters = extraParameters == null ? Map.of() : Map.copyOf(extraParameters);
    }

    public GenerationRequest withSeed(long newSeed) {
        return new GenerationRequest(sessionId, prompt, negativePrompt, engineId, modelId, count, size, newSeed,
                extraParameters);
    }
}
