package com.genstudio.storage.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * An engine output opened for reading. {@code declaredLength} is the size announced up front (an HTTP
 * Content-Length) or -1; {@code origin} names where the bytes come from, for error messages, without secrets.
 */
public record OpenedSource(InputStream stream, String mimeHint, long declaredLength, String origin)
        implements AutoCloseable {

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
