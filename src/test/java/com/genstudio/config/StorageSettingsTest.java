package com.genstudio.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageSettingsTest {
    @TempDir
    Path home;

    @Test
    void localByDefault() {
        assertThat(StorageSettings.load(new AppPaths(home), Map.of()).kind()).isEqualTo(StorageSettings.Kind.LOCAL);
    }

    @Test
    void environmentVariablesOverrideTheFile() throws Exception {
        AppPaths paths = new AppPaths(home);
        StorageSettings.s3(new S3Settings("from-file", "a", "eu-west-1", Optional.empty(), false,
                Optional.of("AKIAFILE0000"), Optional.of("topsecret"))).save(paths);
        StorageSettings s = StorageSettings.load(paths, Map.of("GENSTUDIO_S3_BUCKET", "from-env",
                "GENSTUDIO_S3_PREFIX", "/studio", "GENSTUDIO_S3_ENDPOINT", "http://minio:9000",
                "GENSTUDIO_S3_PATH_STYLE", "true"));
        S3Settings s3 = s.s3().orElseThrow();
        assertThat(s.kind()).isEqualTo(StorageSettings.Kind.S3);
        assertThat(s3.bucket()).isEqualTo("from-env");
        assertThat(s3.prefix()).isEqualTo("studio/");
        assertThat(s3.region()).isEqualTo("eu-west-1");
        assertThat(s3.pathStyle()).isTrue();
        assertThat(s3.isAws()).isFalse();
        assertThat(s3.secretAccessKey()).contains("topsecret");
        assertThat(s3.toString()).doesNotContain("topsecret").doesNotContain("AKIAFILE0000").contains("****0000");
    }

    @Test
    void badValuesAreRefusedInWords() {
        assertThatThrownBy(() -> StorageSettings.load(new AppPaths(home), Map.of("GENSTUDIO_STORAGE", "ftp")))
                .hasMessageContaining("'local' or 's3'");
        assertThatThrownBy(() -> StorageSettings.load(new AppPaths(home), Map.of("GENSTUDIO_STORAGE", "s3")))
                .hasMessageContaining("GENSTUDIO_S3_BUCKET");
    }
}
