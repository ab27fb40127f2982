package com.genstudio.storage;

import com.genstudio.storage.ingest.MediaFormat;

/** An encoded thumbnail ready to store; {@code format} is PNG or JPEG. */
public record Thumbnail(byte[] bytes, MediaFormat format, int width, int height) {}
