package com.genstudio.ui.common;

import com.genstudio.app.Studio;
import com.genstudio.engine.GenerationService;
import com.genstudio.engine.LibraryService;
import java.nio.file.Path;

/** What the window needs from the core, so tests can hand in fakes or a studio on a temporary directory. */
public record UiServices(GenerationService generations, LibraryService library, OutputFiles files, Path dataDirectory) {

    public static UiServices of(Studio studio) {
        return new UiServices(studio.generations(), studio.library(), studio.outputStore()::localPath,
                studio.options().paths().home());
    }
}
