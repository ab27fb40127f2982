package com.genstudio.store;

import com.genstudio.domain.GenerationParameters;

/** The fields a freshly submitted generation is inserted with; the rest start at their defaults. */
public record NewGeneration(long sessionId, String prompt, String negativePrompt, String engineId,
                            String modelId, GenerationParameters parameters, Long retryOfId) {}
