package com.genstudio.domain;

public enum MediaKind {
    IMAGE, VIDEO;

    public String dbValue() {
        return name().toLowerCase();
    }

    public static MediaKind fromDb(String value) {
        return valueOf(value.toUpperCase());
    }
}
