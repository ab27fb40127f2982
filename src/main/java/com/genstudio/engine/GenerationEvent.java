package com.genstudio.engine;

import com.genstudio.domain.Generation;

/** A generation changed: created, moved (status or progress), or deleted. Carries the whole new snapshot. */
public record GenerationEvent(Type type, Generation generation) {
    public enum Type { CREATED, UPDATED, DELETED }
}
