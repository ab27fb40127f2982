package com.genstudio.engine;

import java.io.InputStream;

/**
 * One raw result as an engine returns it, before ingest turns it into a stored file and a database reference.
 * Every form is read once, as a stream, so even a 500 MB video never has to sit in memory. {@code mimeHint} is
 * what the engine claims (may be null); ingest trusts the content's magic bytes, not the hint.
 */
public sealed interface EngineOutput {

    /** Bytes already in memory (a local renderer). */
    record InlineBytes(byte[] bytes, String mimeHint) implements EngineOutput {}

    /** A stream of the file's bytes (a response body, a file); ingest reads it to the end and closes it. */
    record ByteStream(InputStream stream, String mimeHint) implements EngineOutput {}

    /**
     * Base64 text, bare or as a {@code data:} URI (Gemini {@code inlineData}, OpenAI {@code b64_json}, fal
     * {@code sync_mode}). It is decoded as it is read: the decoded bytes never exist in memory as a whole.
     */
    record Base64Text(CharSequence text, String mimeHint) implements EngineOutput {}

    /** Like {@link Base64Text} but the characters arrive as a stream (ASCII), for payloads never held as a String. */
    record Base64Stream(InputStream ascii, String mimeHint) implements EngineOutput {}

    /**
     * A link to download at once (fal, Replicate: such links expire). Only {@code http}, {@code https} and
     * {@code data:} URIs are accepted; any other scheme is refused.
     */
    record RemoteUrl(String url, String mimeHint) implements EngineOutput {}
}
