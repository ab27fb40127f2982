package com.genstudio.cli;

import com.genstudio.config.AppPaths;
import com.genstudio.config.S3Settings;
import com.genstudio.config.StorageSettings;
import com.genstudio.storage.s3.S3MockServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

/** Points a test data directory's storage settings at the shared S3Mock (or at a port where nothing listens). */
final class S3TestStorage {
    private S3TestStorage() {
    }

    /** Saves S3 settings with a fresh key prefix, so tests sharing the bucket never see each other's objects. */
    static S3Settings useS3Mock(Path home) throws IOException {
        return save(home, S3MockServer.shared().endpoint());
    }

    static S3Settings useUnreachable(Path home) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        return save(home, "http://127.0.0.1:" + port);
    }

    private static S3Settings save(Path home, String endpoint) throws IOException {
        S3Settings s3 = new S3Settings(S3MockServer.BUCKET, "cli-" + UUID.randomUUID(), "us-east-1",
                Optional.of(endpoint), true, Optional.of("test-key"), Optional.of("test-secret"));
        StorageSettings.s3(s3).save(new AppPaths(home));
        return s3;
    }
}
