package com.genstudio.app;

import com.genstudio.engine.Engine;
import com.genstudio.engine.EngineRegistry;
import com.genstudio.engine.EventHub;
import com.genstudio.engine.GenerationEngine;
import com.genstudio.engine.GenerationService;
import com.genstudio.engine.Library;
import com.genstudio.engine.LibraryService;
import com.genstudio.engine.OutputIngestor;
import com.genstudio.engine.WorkerIdentity;
import com.genstudio.providers.builtin.BuiltinEngine;
import com.genstudio.config.StorageSettings;
import com.genstudio.storage.FileOutputIngestor;
import com.genstudio.storage.OutputStore;
import com.genstudio.storage.s3.MoveToS3;
import com.genstudio.store.ClaimRepository;
import com.genstudio.store.Database;
import com.genstudio.store.GenerationRepository;
import com.genstudio.store.OutputRepository;
import com.genstudio.store.ProjectRepository;
import com.genstudio.store.SessionRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: opens the database, runs migrations and wires every service by constructor. The UI and
 * the CLI each create one at start-up and close it on exit. Nothing here is static.
 */
public final class Studio implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Studio.class);
    private static final Duration SCAN_EVERY = Duration.ofMillis(500);
    private static final Duration FEED_EVERY = Duration.ofMillis(200);

    private final StudioOptions options;
    private final Database database;
    private final GenerationEngine engine;
    private final Library library;
    private final OutputStore outputStore;
    private final List<AutoCloseable> ownedEngines;
    private final StorageWiring storage;
    private final OutputRepository outputs;

    private Studio(StudioOptions options, Database database, GenerationEngine engine, Library library,
                   OutputStore outputStore, List<AutoCloseable> ownedEngines, StorageWiring storage,
                   OutputRepository outputs) {
        this.options = options;
        this.database = database;
        this.engine = engine;
        this.library = library;
        this.outputStore = outputStore;
        this.ownedEngines = ownedEngines;
        this.storage = storage;
        this.outputs = outputs;
    }

    public static Studio open(StudioOptions options) {
        createDirectories(options);
        Database database = Database.open(options.paths().database(), options.forbiddenThread());
        Clock clock = Clock.systemUTC();
        var jdbc = database.jdbc();
        var projects = new ProjectRepository(jdbc, clock);
        var sessions = new SessionRepository(jdbc, clock);
        StorageWiring storage = StorageWiring.open(options.paths(),
                StorageSettings.load(options.paths(), System.getenv()));
        OutputStore store = storage.store();
        OutputIngestor ingestor = new FileOutputIngestor(store);
        var outputs = new OutputRepository(jdbc, clock);
        List<AutoCloseable> owned = new ArrayList<>();
        List<Engine> engines = options.engines();
        if (engines.isEmpty()) {
            BuiltinEngine builtin = new BuiltinEngine();
            owned.add(builtin);
            engines = List.of(builtin);
        }
        var engine = new GenerationEngine(new GenerationEngine.Wiring(WorkerIdentity.forThisProcess(),
                new EngineRegistry(engines), new GenerationRepository(jdbc, clock), outputs,
                sessions, new ClaimRepository(jdbc, clock), ingestor, store.id(), new EventHub(),
                options.concurrency(), options.lease()));
        var library = new Library(projects, sessions, engine, ingestor);
        LOG.info("GenStudio data directory: {}", options.paths().home());
        return new Studio(options, database, engine, library, store, owned, storage, outputs);
    }

    private static void createDirectories(StudioOptions options) {
        try {
            Files.createDirectories(options.paths().home());
            Files.createDirectories(options.paths().outputs());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + options.paths().home(), e);
        }
    }

    public StudioOptions options() {
        return options;
    }

    public GenerationService generations() {
        return engine;
    }

    public LibraryService library() {
        return library;
    }

    public OutputStore outputStore() {
        return outputStore;
    }

    /** Moves local outputs to the configured bucket; empty when storage is local. */
    public Optional<MoveToS3> moveToS3() {
        return storage.s3().map(s3 -> new MoveToS3(outputs, storage.local(), s3));
    }

    /** Starts claiming and running queued generations (and those a dead process left behind). */
    public void startWorkers() {
        engine.startWorkers(SCAN_EVERY, FEED_EVERY, GenerationEngine.ANY_GENERATION);
    }

    /** Runs only the given generations, leaving the rest of the queue to the studio or a later {@code resume}. */
    public void startWorkersFor(java.util.Set<Long> generationIds) {
        var ids = java.util.Set.copyOf(generationIds);
        engine.startWorkers(SCAN_EVERY, FEED_EVERY, ids::contains);
    }

    @Override
    public void close() {
        engine.close();
        for (AutoCloseable owned : ownedEngines) {
            try {
                owned.close();
            } catch (Exception e) {
                LOG.warn("Engine did not close cleanly", e);
            }
        }
        storage.close();
        database.close();
    }
}
