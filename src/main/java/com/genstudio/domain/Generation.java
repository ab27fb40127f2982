package com.genstudio.domain;

import java.time.Instant;
import java.util.List;

/** A snapshot of one generation row, with its outputs when they were loaded together. */
public record Generation(
        long id,
        long sessionId,
        String prompt,
        String negativePrompt,
        String engineId,
        String modelId,
        GenerationParameters parameters,
        GenerationStatus status,
        double progress,
        String statusMessage,
        String errorMessage,
        String remoteRequestId,
        int attempts,
        Long retryOfId,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        long changeSeq,
        List<Output> outputs) {

    public Generation {
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
    }

    public Generation withOutputs(List<Output> newOutputs) {
        return new Generation(id, sessionId, prompt, negativePrompt, engineId, modelId, parameters, status, progress,
                statusMessage, errorMessage, remoteRequestId, attempts, retryOfId, createdAt, startedAt, finishedAt,
                changeSeq, newOutputs);
    }

    public GenerationRequest toRequest() {
        return new GenerationRequest(sessionId, prompt, negativePrompt, engineId, modelId, parameters.count(),
                parameters.size(), parameters.seed(), parameters.extra());
    }
}
