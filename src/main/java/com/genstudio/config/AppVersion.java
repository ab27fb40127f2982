package com.genstudio.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * GenStudio's version: from the jar manifest, else from the build-filtered resource, so it is also right when
 * running from the class folders (tests, javafx:run). The CLI's --version and the About dialog both show it.
 */
public final class AppVersion {
    private AppVersion() {}

    public static String current() {
        String fromManifest = AppVersion.class.getPackage().getImplementationVersion();
        return fromManifest != null ? fromManifest : fromResource();
    }

    private static String fromResource() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/com/genstudio/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties props = new Properties();
            props.load(in);
            return props.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
