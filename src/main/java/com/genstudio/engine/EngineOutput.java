package com.genstudio.engine;

/**
 * One raw result as an engine returns it, before ingest turns it into a stored file and a database reference.
 * The output-storage work adds base64/data-URI and URL forms next to these.
 */
public sealed interface EngineOutput {

    /** Bytes already in memory (a local renderer). {@code mimeHint} is checked against the magic bytes. */
    record InlineBytes(byte[] bytes, String mimeHint) implements EngineOutput {}
}
