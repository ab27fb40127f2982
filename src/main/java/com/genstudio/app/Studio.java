package com.genstudio.app;

import com.genstudio.engine.GenerationService;
import com.genstudio.engine.LibraryService;
import com.genstudio.storage.OutputStore;

/**
 * The composition root: opens the database, runs migrations and wires every service by constructor. The UI and
 * the CLI each create one at start-up and close it on exit.
 */
public final class Studio implements AutoCloseable {
    // Wiring lands with the store and engine implementation (issue 2, in progress on main).
    private Studio() {}

    public static Studio open(StudioOptions options) {
        throw new IllegalStateException("wiring in progress");
    }

    public GenerationService generations() {
        throw new IllegalStateException("wiring in progress");
    }

    public LibraryService library() {
        throw new IllegalStateException("wiring in progress");
    }

    public OutputStore outputStore() {
        throw new IllegalStateException("wiring in progress");
    }

    /** Starts claiming and running queued generations (and those a dead process left behind). */
    public void startWorkers() {
        throw new IllegalStateException("wiring in progress");
    }

    @Override
    public void close() {}
}
