package com.genstudio.cli;

import com.genstudio.domain.Generation;
import com.genstudio.domain.Output;
import com.genstudio.domain.Page;
import com.genstudio.storage.OutputStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Text for people reading a terminal; scripts should use {@code --json}. */
final class HumanFormat {
    private static final int PROMPT_EXCERPT = 48;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final OutputStore store;

    HumanFormat(OutputStore store) {
        this.store = store;
    }

    void table(PrintWriter out, Page<Generation> page) {
        out.printf("%-8s %-10s %-19s %-7s %s%n", "ID", "STATUS", "CREATED", "OUTPUTS", "PROMPT");
        for (Generation g : page.items()) {
            out.printf("%-8d %-10s %-19s %-7d %s%n", g.id(), g.status().dbValue(), time(g.createdAt()),
                    g.outputs().size(), excerpt(g.prompt()));
        }
        out.println("next cursor: " + (page.hasMore() ? page.nextCursor() : "(none, last page)"));
    }

    void details(PrintWriter out, Generation g) {
        out.printf("Generation %d: %s%n", g.id(), g.status().dbValue());
        out.println("  prompt:   " + g.prompt());
        if (!g.negativePrompt().isBlank()) {
            out.println("  negative: " + g.negativePrompt());
        }
        out.printf("  engine:   %s / %s%n", g.engineId(), g.modelId());
        out.printf("  size:     %s x%d, seed %d%n", g.parameters().size(), g.parameters().count(),
                g.parameters().seed());
        out.println("  created:  " + time(g.createdAt()));
        if (g.errorMessage() != null && !g.errorMessage().isBlank()) {
            out.println("  error:    " + g.errorMessage());
        }
        for (Output o : g.outputs()) {
            out.printf("  output %d: %s (%dx%d, %d bytes)%n", o.index(), path(o.storageKey()), o.width(),
                    o.height(), o.byteSize());
        }
    }

    /** One line per generation, for the end of {@code generate} and {@code resume}. */
    void summary(PrintWriter out, Generation g) {
        out.printf("%d %s%n", g.id(), g.status().dbValue());
        for (Output o : g.outputs()) {
            out.println("  " + path(o.storageKey()));
        }
    }

    private String path(String key) {
        try {
            return store.localPath(key).toAbsolutePath().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot resolve output " + key, e);
        }
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    static String excerpt(String prompt) {
        String flat = prompt.strip().replaceAll("\\s+", " ");
        return flat.length() <= PROMPT_EXCERPT ? flat : flat.substring(0, PROMPT_EXCERPT - 1) + "…";
    }
}
