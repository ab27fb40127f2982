package com.genstudio.engine;

import java.io.IOException;

/** Port to the storage layer, which implements it. Turns whatever an engine returned into a stored file plus thumbnail, and describes it for the database. */
public interface OutputIngestor {

    StoredOutput ingest(OutputTarget target, int index, EngineOutput output) throws IOException;

    /** Removes a generation's files (outputs and thumbnails). */
    void deleteAll(OutputTarget target) throws IOException;

    /** Removes every file under a key prefix such as {@code "3/"} (a project) or {@code "3/7/"} (a session). */
    void deletePrefix(String prefix) throws IOException;
}
