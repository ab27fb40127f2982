package com.genstudio.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Local or S3 output storage. Read from {@code settings/storage.properties} in the data directory (written by the
 * settings screen), with environment variables taking precedence so scripts and headless runs can override it:
 * {@code GENSTUDIO_STORAGE} ({@code local}|{@code s3}), {@code GENSTUDIO_S3_BUCKET}, {@code _PREFIX},
 * {@code _REGION}, {@code _ENDPOINT}, {@code _PATH_STYLE}; credentials come from {@code AWS_ACCESS_KEY_ID} /
 * {@code AWS_SECRET_ACCESS_KEY} or the standard AWS chain unless the file names them.
 */
public record StorageSettings(Kind kind, Optional<S3Settings> s3) {

    public enum Kind { LOCAL, S3 }

    public StorageSettings {
        if (kind == Kind.S3 && s3.isEmpty()) {
            throw new IllegalArgumentException("S3 storage needs a bucket (GENSTUDIO_S3_BUCKET)");
        }
    }

    public static StorageSettings local() {
        return new StorageSettings(Kind.LOCAL, Optional.empty());
    }

    public static StorageSettings s3(S3Settings s3) {
        return new StorageSettings(Kind.S3, Optional.of(s3));
    }

    public static Path file(AppPaths paths) {
        return paths.home().resolve("settings").resolve("storage.properties");
    }

    public static StorageSettings load(AppPaths paths, Map<String, String> env) {
        Properties file = new Properties();
        Path path = file(paths);
        if (Files.isRegularFile(path)) {
            try (InputStream in = Files.newInputStream(path)) {
                file.load(in);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the storage settings in " + path + ": " + e.getMessage(), e);
            }
        }
        return resolve(file, env);
    }

    static StorageSettings resolve(Properties file, Map<String, String> env) {
        String kind = pick(env, "GENSTUDIO_STORAGE", file, "storage").orElse("local").toLowerCase(Locale.ROOT);
        if (kind.equals("local")) {
            return local();
        }
        if (!kind.equals("s3")) {
            throw new IllegalArgumentException("GENSTUDIO_STORAGE must be 'local' or 's3', not '" + kind + "'");
        }
        String bucket = pick(env, "GENSTUDIO_S3_BUCKET", file, "s3.bucket")
                .orElseThrow(() -> new IllegalArgumentException("S3 storage needs a bucket (GENSTUDIO_S3_BUCKET)"));
        return s3(new S3Settings(bucket,
                pick(env, "GENSTUDIO_S3_PREFIX", file, "s3.prefix").orElse(""),
                pick(env, "GENSTUDIO_S3_REGION", file, "s3.region").or(() -> Optional.ofNullable(env.get("AWS_REGION")))
                        .orElse("us-east-1"),
                pick(env, "GENSTUDIO_S3_ENDPOINT", file, "s3.endpoint"),
                pick(env, "GENSTUDIO_S3_PATH_STYLE", file, "s3.pathStyle").map(StorageSettings::bool).orElse(false),
                Optional.ofNullable(file.getProperty("s3.accessKeyId")),
                Optional.ofNullable(file.getProperty("s3.secretAccessKey"))));
    }

    /** Writes the file atomically, readable by the owner only where the file system allows it (it may hold a secret). */
    public void save(AppPaths paths) throws IOException {
        Properties p = new Properties();
        p.setProperty("storage", kind.name().toLowerCase(Locale.ROOT));
        s3.ifPresent(s -> {
            p.setProperty("s3.bucket", s.bucket());
            p.setProperty("s3.prefix", s.prefix());
            p.setProperty("s3.region", s.region());
            s.endpoint().ifPresent(e -> p.setProperty("s3.endpoint", e));
            p.setProperty("s3.pathStyle", Boolean.toString(s.pathStyle()));
            s.accessKeyId().ifPresent(k -> p.setProperty("s3.accessKeyId", k));
            s.secretAccessKey().ifPresent(k -> p.setProperty("s3.secretAccessKey", k));
        });
        Path target = file(paths);
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".storage", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system (Windows): the user profile directory is already private.
            }
            try (OutputStream out = Files.newOutputStream(temp)) {
                p.store(out, "GenStudio storage settings");
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Optional<String> pick(Map<String, String> env, String var, Properties file, String key) {
        String v = env.get(var);
        if (v == null || v.isBlank()) {
            v = file.getProperty(key);
        }
        return Optional.ofNullable(v).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static boolean bool(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new IllegalArgumentException("GENSTUDIO_S3_PATH_STYLE must be true or false, not '" + v + "'");
        };
    }
}
