package com.genstudio.engine;

import java.time.Duration;
import java.util.List;

/**
 * One generation backend (the built-in renderer, FAL, Replicate, a local ComfyUI...). Shaped for remote,
 * asynchronous providers: the job runner submits, persists the returned remote id, polls until a terminal state,
 * then fetches the results. Because the remote id is persisted, a job survives a restart: the runner polls the same id
 * again. An engine that cannot find an id it issued before (an in-process renderer after a restart) answers
 * {@link RemoteState#UNKNOWN} and the runner submits again.
 *
 * <p>Implementations are called from job-runner threads, never from the JavaFX thread, and must be thread-safe.
 */
public interface Engine {

    EngineDescriptor descriptor();

    /** Starts the work and returns the provider's id for it. Must not wait for the result. */
    String submit(EngineJob job) throws EngineException;

    RemoteStatus poll(String remoteId) throws EngineException;

    /** Results of a job whose {@link #poll} reported {@link RemoteState#SUCCEEDED}. */
    List<EngineOutput> fetchResults(String remoteId) throws EngineException;

    /** Best effort: asks the provider to stop. The runner marks the generation cancelled either way. */
    void cancel(String remoteId);

    /** How long the runner waits between two polls of one job. */
    Duration pollInterval();
}
