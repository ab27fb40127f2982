package com.genstudio.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where output files live. Keys are relative, slash-separated paths such as {@code 3/7/42/0.png}; the database
 * stores only keys. The local store is the default; an S3 store comes with the output-storage work.
 */
public interface OutputStore {

    /** Short id recorded next to each key (for example {@code local}). */
    String id();

    /** Atomically stores the file at {@code source} under {@code key}: readers see the whole file or none. */
    void put(String key, Path source, String mimeType) throws IOException;

    InputStream open(String key) throws IOException;

    /** A local file for the key, for image loading and for scripts (the file itself for the local store). */
    Path localPath(String key) throws IOException;

    /** Deletes every file whose key starts with {@code prefix}; missing files are not an error. */
    void deletePrefix(String prefix) throws IOException;
}
