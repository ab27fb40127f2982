package com.genstudio.engine;

/**
 * A request as typed: the composer and the CLI both hand over text, so the same parser gives the same messages
 * everywhere. {@code size} is "WxH"; when it is blank, {@code aspect} ("16:9") and {@code longSide} are used.
 * {@code seed} blank means random.
 */
public record RequestDraft(long sessionId, String prompt, String negativePrompt, String engineId, String modelId,
                           String count, String size, String aspect, String longSide, String seed) {}
