package com.genstudio.storage.ingest;

import com.genstudio.domain.MediaKind;
import java.time.Duration;

/**
 * Bounds on what ingest accepts and how long downloads may take. Caps protect the disk and the user from a
 * runaway or hostile server; retries cover the 5xx blips CDNs produce under load.
 */
public record IngestLimits(long maxImageBytes, long maxVideoBytes, int maxRedirects, Duration connectTimeout,
                           Duration readTimeout, int downloadAttempts, Duration retryBackoff) {

    public static final long MB = 1024L * 1024L;

    public IngestLimits {
        if (maxImageBytes < 1 || maxVideoBytes < 1) {
            throw new IllegalArgumentException("Size caps must be positive");
        }
        if (maxRedirects < 0 || downloadAttempts < 1) {
            throw new IllegalArgumentException("Redirects must be 0 or more and attempts at least 1");
        }
    }

    public static IngestLimits defaults() {
        return new IngestLimits(50 * MB, 500 * MB, 5, Duration.ofSeconds(10), Duration.ofSeconds(30), 3,
                Duration.ofMillis(500));
    }

    public long capFor(MediaKind kind) {
        return kind == MediaKind.VIDEO ? maxVideoBytes : maxImageBytes;
    }

    public IngestLimits withCaps(long image, long video) {
        return new IngestLimits(image, video, maxRedirects, connectTimeout, readTimeout, downloadAttempts, retryBackoff);
    }

    public IngestLimits withRetries(int attempts, Duration backoff) {
        return new IngestLimits(maxImageBytes, maxVideoBytes, maxRedirects, connectTimeout, readTimeout, attempts,
                backoff);
    }

    public IngestLimits withTimeouts(Duration connect, Duration read) {
        return new IngestLimits(maxImageBytes, maxVideoBytes, maxRedirects, connect, read, downloadAttempts,
                retryBackoff);
    }
}
