package com.genstudio.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * Position after the last item of a history page: its (created_at, id). Encoded as opaque URL-safe text so callers
 * pass it back without depending on its shape.
 */
public record HistoryCursor(Instant createdAt, long id) {
    private static final String VERSION = "v1";

    public String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, createdAt);
        String raw = VERSION + ":" + micros + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException with a message fit for the user when the text is not a cursor */
    public static HistoryCursor decode(String text) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text.trim()), StandardCharsets.UTF_8);
            String[] parts = raw.split(":");
            if (parts.length != 3 || !VERSION.equals(parts[0])) {
                throw new IllegalArgumentException("not a cursor");
            }
            Instant at = Instant.EPOCH.plus(Long.parseLong(parts[1]), ChronoUnit.MICROS);
            return new HistoryCursor(at, Long.parseLong(parts[2]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid cursor '" + text + "': pass back a nextCursor value as given");
        }
    }
}
