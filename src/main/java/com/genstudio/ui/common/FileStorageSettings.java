package com.genstudio.ui.common;

import com.genstudio.config.AppPaths;
import com.genstudio.config.S3Settings;
import com.genstudio.config.StorageSettings;
import com.genstudio.storage.s3.S3Clients;
import com.genstudio.storage.s3.S3ConnectionTester;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The settings file in the data directory, read and written through {@link StorageSettings}. */
public final class FileStorageSettings implements StorageSettingsAccess {
    /** A connection test should answer within seconds: a user is waiting on it, unlike a large upload. */
    private static final S3Clients.Timeouts TEST_TIMEOUTS = new S3Clients.Timeouts(Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(10));

    private final AppPaths paths;
    private final Map<String, String> env;

    public FileStorageSettings(AppPaths paths, Map<String, String> env) {
        this.paths = paths;
        this.env = Map.copyOf(env);
    }

    @Override
    public StorageSettings saved() {
        return StorageSettings.load(paths, Map.of());
    }

    @Override
    public List<String> overrides() {
        return env.entrySet().stream()
                .filter(e -> e.getKey().startsWith("GENSTUDIO_S3_") || e.getKey().equals("GENSTUDIO_STORAGE"))
                .filter(e -> !e.getValue().isBlank())
                .map(Map.Entry::getKey).sorted().toList();
    }

    @Override
    public void save(StorageSettings settings) throws IOException {
        settings.save(paths);
    }

    @Override
    public S3ConnectionTester.Result test(S3Settings settings) {
        return S3ConnectionTester.test(settings, S3Clients.Checksums.AUTO, TEST_TIMEOUTS);
    }
}
