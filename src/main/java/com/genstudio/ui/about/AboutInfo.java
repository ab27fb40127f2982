package com.genstudio.ui.about;

import com.genstudio.config.AppPaths;
import com.genstudio.config.AppVersion;
import java.nio.file.Path;

/** What the About dialog tells: the version, the runtime it runs on and where the data and the log are. */
public record AboutInfo(String version, String runtime, Path dataDirectory, Path logFile) {

    public static AboutInfo current(AppPaths paths) {
        String runtime = "Java " + Runtime.version() + " · JavaFX " + System.getProperty("javafx.runtime.version", "?");
        return new AboutInfo(AppVersion.current(), runtime, paths.home(), paths.logFile());
    }

    public String title() {
        return "GenStudio " + version;
    }
}
