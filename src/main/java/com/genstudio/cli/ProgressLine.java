package com.genstudio.cli;

import com.genstudio.domain.Generation;
import java.io.PrintWriter;

/** Progress of a waited-for generation on stderr, one line per visible change (status or whole percent). */
final class ProgressLine {
    private final PrintWriter err;
    private final boolean enabled;
    private String last = "";

    ProgressLine(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    void show(Generation g) {
        String line = "Generation " + g.id() + ": " + g.status().dbValue() + percent(g) + message(g);
        if (enabled && !line.equals(last)) {
            err.println(line);
            err.flush();
        }
        last = line;
    }

    private static String percent(Generation g) {
        return g.status().isActive() && g.progress() > 0 ? " " + Math.round(g.progress() * 100) + "%" : "";
    }

    private static String message(Generation g) {
        String m = g.statusMessage();
        return m == null || m.isBlank() ? "" : " (" + CliErrors.oneLine(m) + ")";
    }
}
