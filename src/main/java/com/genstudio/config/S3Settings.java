package com.genstudio.config;

import java.util.Locale;
import java.util.Optional;

/**
 * Where an S3-compatible bucket is and how to talk to it. {@code endpoint} is empty for AWS itself and set for
 * MinIO, R2, B2 or Supabase; credentials are empty to use the standard AWS chain (environment, profile).
 * {@link #toString()} never shows the secret.
 */
public record S3Settings(String bucket, String prefix, String region, Optional<String> endpoint, boolean pathStyle,
                         Optional<String> accessKeyId, Optional<String> secretAccessKey) {

    public S3Settings {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("An S3 bucket name is required");
        }
        bucket = bucket.strip();
        prefix = normalisePrefix(prefix);
        region = region == null || region.isBlank() ? "us-east-1" : region.strip();
        endpoint = endpoint.map(String::strip).filter(s -> !s.isEmpty());
        accessKeyId = accessKeyId.map(String::strip).filter(s -> !s.isEmpty());
        secretAccessKey = secretAccessKey.filter(s -> !s.isEmpty());
    }

    /** "genstudio" and "genstudio/" both mean the folder genstudio/; blank means the bucket root. */
    static String normalisePrefix(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            return "";
        }
        String p = prefix.strip();
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return p.isEmpty() || p.endsWith("/") ? p : p + "/";
    }

    /** AWS itself (no endpoint override, or an amazonaws.com one) accepts the SDK's default integrity checksums. */
    public boolean isAws() {
        return endpoint.map(e -> e.toLowerCase(Locale.ROOT).contains(".amazonaws.com")).orElse(true);
    }

    public S3Settings withPrefix(String p) {
        return new S3Settings(bucket, p, region, endpoint, pathStyle, accessKeyId, secretAccessKey);
    }

    /** The access key id with all but its last four characters hidden, for the settings screen and logs. */
    public String maskedAccessKeyId() {
        return accessKeyId.map(S3Settings::mask).orElse("(from the AWS credential chain)");
    }

    static String mask(String secret) {
        return secret.length() <= 4 ? "****" : "****" + secret.substring(secret.length() - 4);
    }

    @Override
    public String toString() {
        return "S3Settings[bucket=" + bucket + ", prefix=" + prefix + ", region=" + region + ", endpoint="
                + endpoint.orElse("(AWS)") + ", pathStyle=" + pathStyle + ", accessKeyId=" + maskedAccessKeyId()
                + ", secret=" + (secretAccessKey.isPresent() ? "****" : "(chain)") + "]";
    }
}
