package com.genstudio.engine;

import com.genstudio.domain.Generation;
import com.genstudio.domain.GenerationRequest;
import com.genstudio.domain.Page;
import com.genstudio.domain.ProjectImage;
import java.util.List;
import java.util.Optional;

/**
 * What the UI and the CLI use to generate. Every method may touch the database, so the UI calls them from a
 * background executor and learns about changes through {@link #subscribe}.
 */
public interface GenerationService {

    List<EngineDescriptor> engines();

    /** Parses and validates typed input into a request; throws {@link ValidationException} with per-field messages. */
    GenerationRequest parse(RequestDraft draft);

    /** Validates, persists as queued, publishes CREATED and returns at once; the work runs in the background. */
    Generation submit(GenerationRequest request);

    /** Cancels a queued or running generation; a finished one is left as it is. */
    Generation cancel(long generationId);

    /** Creates a new attempt from a failed or cancelled generation. */
    Generation retry(long generationId);

    /** Deletes a generation, its output rows and its files. */
    void delete(long generationId);

    Optional<Generation> find(long generationId);

    /** Newest first, with outputs, by opaque cursor; limit defaults to 20 when {@code <= 0} and is clamped to 50. */
    Page<Generation> history(long sessionId, String cursor, int limit);

    /** The 200 most recent images of a project across its sessions, in one query. */
    List<ProjectImage> browseProject(long projectId);

    /** Queued and running generations, oldest first (for the CLI's resume and the status bar). */
    List<Generation> active();

    Subscription subscribe(GenerationListener listener);
}
