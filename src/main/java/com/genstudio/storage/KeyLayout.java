package com.genstudio.storage;

import com.genstudio.engine.OutputTarget;

/**
 * How a store names a generation's files. The local store mirrors the library ({@code project/session/generation/})
 * so people can browse it; S3 uses the seed's {@code project/generation/} so object keys stay short and stable
 * when a session is renamed or reorganised.
 */
public enum KeyLayout {
    BY_SESSION,
    BY_GENERATION;

    public String generationPrefix(OutputTarget t) {
        return this == BY_SESSION ? t.prefix() : t.projectId() + "/" + t.generationId() + "/";
    }

    public String outputKey(OutputTarget t, int index, String extension) {
        return generationPrefix(t) + index + "." + extension;
    }

    public String thumbnailKey(OutputTarget t, int index, String extension) {
        return generationPrefix(t) + "thumbs/" + index + "." + extension;
    }

    /** Whether a session's files share one key prefix, so deleting the session can delete that prefix. */
    public boolean groupsBySession() {
        return this == BY_SESSION;
    }
}
