package com.genstudio.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where GenStudio keeps its data: {@code GENSTUDIO_HOME} when set, else the platform's per-user data directory
 * (XDG on Linux, Application Support on macOS, %APPDATA% on Windows).
 */
public record AppPaths(Path home) {

    public static AppPaths fromEnvironment() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static AppPaths resolve(Map<String, String> env, String osName, String userHome) {
        String override = env.get("GENSTUDIO_HOME");
        if (override != null && !override.isBlank()) {
            return new AppPaths(Path.of(override).toAbsolutePath());
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.contains("mac")) {
            return new AppPaths(home.resolve("Library/Application Support/GenStudio"));
        }
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return new AppPaths((appData != null ? Path.of(appData) : home.resolve("AppData/Roaming")).resolve("GenStudio"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share");
        return new AppPaths(base.resolve("genstudio"));
    }

    public Path database() {
        return home.resolve("db").resolve("genstudio");
    }

    public Path outputs() {
        return home.resolve("outputs");
    }

    public Path logs() {
        return home.resolve("logs");
    }

    /** The current log file; logback.xml names it, older days are rolled beside it. */
    public Path logFile() {
        return logs().resolve("genstudio.log");
    }
}
