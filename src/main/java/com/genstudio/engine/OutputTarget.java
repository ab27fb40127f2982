package com.genstudio.engine;

/** Where a generation's files go: {@code {project}/{session}/{generation}/}. */
public record OutputTarget(long projectId, long sessionId, long generationId) {
    public String prefix() {
        return projectId + "/" + sessionId + "/" + generationId + "/";
    }

    public String outputKey(int index, String extension) {
        return prefix() + index + "." + extension;
    }

    public String thumbnailKey(int index, String extension) {
        return prefix() + "thumbs/" + index + "." + extension;
    }
}
