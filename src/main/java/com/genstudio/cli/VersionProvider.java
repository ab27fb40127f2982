package com.genstudio.cli;

import com.genstudio.config.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the same version the About dialog shows. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"GenStudio " + version()};
    }

    public static String version() {
        return AppVersion.current();
    }
}
