package com.genstudio.engine;

import java.io.IOException;

/** Port to the storage layer, which implements it. Turns whatever an engine returned into a stored file plus thumbnail, and describes it for the database. */
public interface OutputIngestor {

    StoredOutput ingest(OutputTarget target, int index, EngineOutput output) throws IOException;

    /** Removes a generation's files (outputs and thumbnails). */
    void deleteAll(OutputTarget target) throws IOException;
}
