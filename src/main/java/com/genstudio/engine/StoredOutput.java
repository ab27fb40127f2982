package com.genstudio.engine;

import com.genstudio.domain.MediaKind;

/** What ingest learned about one stored output; becomes an outputs row. */
public record StoredOutput(int index, MediaKind kind, String storageKey, String mimeType, int width, int height,
                           long byteSize, String sha256, String thumbnailKey) {}
