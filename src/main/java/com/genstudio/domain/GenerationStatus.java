package com.genstudio.domain;

import java.util.EnumSet;
import java.util.Set;

/** Lifecycle of a generation. The allowed moves are listed once, here; anything else is a bug. */
public enum GenerationStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    public Set<GenerationStatus> allowedNext() {
        return switch (this) {
            case QUEUED -> EnumSet.of(RUNNING, CANCELLED, FAILED);
            case RUNNING -> EnumSet.of(SUCCEEDED, FAILED, CANCELLED);
            case SUCCEEDED, FAILED, CANCELLED -> EnumSet.noneOf(GenerationStatus.class);
        };
    }

    public boolean canMoveTo(GenerationStatus next) {
        return allowedNext().contains(next);
    }

    /** @throws IllegalStateException when the move is not in the table */
    public GenerationStatus moveTo(GenerationStatus next) {
        if (!canMoveTo(next)) {
            throw new IllegalStateException("Illegal status transition " + this + " -> " + next);
        }
        return next;
    }

    public boolean isTerminal() {
        return allowedNext().isEmpty();
    }

    public boolean isActive() {
        return this == QUEUED || this == RUNNING;
    }

    public boolean isRetryable() {
        return this == FAILED || this == CANCELLED;
    }

    public String dbValue() {
        return name().toLowerCase();
    }

    public static GenerationStatus fromDb(String value) {
        return valueOf(value.toUpperCase());
    }
}
