package com.genstudio.ui.common;

import java.io.IOException;
import java.nio.file.Path;

/** Resolves an output's storage key to a local file. May do I/O: call it from background work only. */
@FunctionalInterface
public interface OutputFiles {
    Path localPath(String key) throws IOException;
}
