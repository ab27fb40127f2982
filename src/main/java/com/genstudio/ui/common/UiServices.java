package com.genstudio.ui.common;

import com.genstudio.app.Studio;
import com.genstudio.engine.GenerationService;
import com.genstudio.engine.LibraryService;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the window needs from the core, so tests can hand in fakes or a studio on a temporary directory.
 * {@code mover} is empty when the studio stores outputs locally (there is no bucket to move them to).
 */
public record UiServices(GenerationService generations, LibraryService library, OutputFiles files, Path dataDirectory,
                         StorageSettingsAccess storageSettings, Optional<OutputMover> mover) {

    public static UiServices of(Studio studio) {
        return new UiServices(studio.generations(), studio.library(), studio.outputStore()::localPath,
                studio.options().paths().home(), new FileStorageSettings(studio.options().paths(), System.getenv()),
                studio.moveToS3().map(OutputMover::of));
    }
}
