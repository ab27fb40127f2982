package com.genstudio.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.genstudio.domain.Generation;
import com.genstudio.domain.Output;
import com.genstudio.domain.Page;
import com.genstudio.storage.OutputStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The CLI's machine-readable form of a generation. Output paths are absolute local files (for outputs in a bucket,
 * the downloaded copy in the cache), so a script can open them directly; {@code uri} is the object's
 * {@code s3://bucket/key} when the output lives in S3, else null. Field names are part of the CLI's contract: add,
 * never rename.
 */
final class GenerationJson {
    private final ObjectMapper mapper = new ObjectMapper();
    private final OutputStore store;

    GenerationJson(OutputStore store) {
        this.store = store;
    }

    String line(Generation g) {
        return write(node(g));
    }

    String page(Page<Generation> page) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode items = root.putArray("items");
        page.items().forEach(g -> items.add(node(g)));
        root.put("hasMore", page.hasMore());
        root.put("nextCursor", page.nextCursor());
        return write(root);
    }

    private ObjectNode node(Generation g) {
        ObjectNode n = mapper.createObjectNode();
        n.put("id", g.id());
        n.put("sessionId", g.sessionId());
        n.put("status", g.status().dbValue());
        n.put("progress", g.progress());
        n.put("error", g.errorMessage());
        n.put("prompt", g.prompt());
        n.put("negativePrompt", g.negativePrompt());
        n.put("engine", g.engineId());
        n.put("model", g.modelId());
        n.put("seed", g.parameters().seed());
        n.put("count", g.parameters().count());
        n.put("width", g.parameters().size().width());
        n.put("height", g.parameters().size().height());
        n.put("createdAt", text(g.createdAt()));
        n.put("finishedAt", text(g.finishedAt()));
        ArrayNode outputs = n.putArray("outputs");
        g.outputs().forEach(o -> outputs.add(output(o)));
        return n;
    }

    private ObjectNode output(Output o) {
        ObjectNode n = mapper.createObjectNode();
        n.put("index", o.index());
        n.put("kind", o.kind().dbValue());
        n.put("path", localPath(o.storageKey()));
        n.put("uri", remoteUri(o.storageKey()));
        n.put("mime", o.mimeType());
        n.put("width", o.width());
        n.put("height", o.height());
        n.put("bytes", o.byteSize());
        n.put("sha256", o.sha256());
        n.put("thumbnail", o.thumbnailKey() == null ? null : localPath(o.thumbnailKey()));
        return n;
    }

    private String localPath(String key) {
        try {
            return store.localPath(key).toAbsolutePath().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot resolve output " + key, e);
        }
    }

    private String remoteUri(String key) {
        try {
            return store.remoteUri(key).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot resolve output " + key, e);
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private String write(ObjectNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Generation JSON could not be written", e);
        }
    }
}
