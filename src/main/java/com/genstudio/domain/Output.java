package com.genstudio.domain;

/** A stored file that a generation produced. The database keeps only this reference, never the bytes. */
public record Output(
        long id,
        long generationId,
        int index,
        MediaKind kind,
        String storageKey,
        String mimeType,
        int width,
        int height,
        long byteSize,
        String sha256,
        String thumbnailKey) {}
