package com.genstudio.cli;

import com.genstudio.app.Studio;
import com.genstudio.app.StudioOptions;
import com.genstudio.config.AppPaths;

/** Opens the studio a command works on; tests pass one with a temporary data directory and a fast engine. */
@FunctionalInterface
public interface StudioFactory {

    Studio open();

    /** The user's studio: {@code GENSTUDIO_HOME} when set, else the platform's data directory. */
    static StudioFactory fromEnvironment() {
        return () -> Studio.open(StudioOptions.defaults(AppPaths.fromEnvironment()));
    }

    static StudioFactory of(StudioOptions options) {
        return () -> Studio.open(options);
    }
}
