package com.genstudio.engine;

public record ModelDescriptor(String id, String displayName, String description) {
    @Override
    public String toString() {
        return displayName;
    }
}
