package com.genstudio.storage.ingest;

import java.nio.file.Path;

/** A complete, identified and hashed copy of one output in a temp file, ready to be stored. */
public record StagedFile(Path path, MediaFormat format, long size, String sha256) {}
