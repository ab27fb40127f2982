package com.genstudio.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.genstudio.config.S3Settings;
import com.genstudio.config.StorageSettings;
import com.genstudio.ui.fakes.FakeStorageSettings;
import com.genstudio.ui.fakes.SameThreadExecutor;
import com.genstudio.ui.settings.StorageSettingsViewModel.TestState;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StorageSettingsViewModelTest {
    private static final S3Settings SAVED = new S3Settings("photos", "studio/", "eu-west-1",
            Optional.of("http://minio:9000"), true, Optional.of("AKIA00001234"), Optional.of("very-secret"));

    private final FakeStorageSettings access = new FakeStorageSettings();
    private final StorageSettingsViewModel model = new StorageSettingsViewModel(access, new SameThreadExecutor());

    @Test
    void loadsTheSavedFieldsButNeverTheSecret() {
        access.with(StorageSettings.s3(SAVED)).overriddenBy("GENSTUDIO_S3_BUCKET");
        model.load();

        assertThat(model.useS3Property().get()).isTrue();
        assertThat(model.bucketProperty().get()).isEqualTo("photos");
        assertThat(model.prefixProperty().get()).isEqualTo("studio/");
        assertThat(model.regionProperty().get()).isEqualTo("eu-west-1");
        assertThat(model.endpointProperty().get()).isEqualTo("http://minio:9000");
        assertThat(model.pathStyleProperty().get()).isTrue();
        assertThat(model.accessKeyIdProperty().get()).isEqualTo("AKIA00001234");
        assertThat(model.secretProperty().get()).isEmpty();
        assertThat(model.secretHintProperty().get()).contains("saved").doesNotContain("very-secret");
        assertThat(model.overridesNoteProperty().get()).contains("GENSTUDIO_S3_BUCKET");
    }

    @Test
    void savingWithAnEmptySecretKeepsTheSavedOne() {
        access.with(StorageSettings.s3(SAVED));
        model.load();
        model.bucketProperty().set("renders");
        model.save();

        S3Settings now = access.current().s3().orElseThrow();
        assertThat(now.bucket()).isEqualTo("renders");
        assertThat(now.secretAccessKey()).contains("very-secret");
        assertThat(model.saveMessageProperty().get()).startsWith("Saved. Restart GenStudio");
    }

    @Test
    void aTypedSecretReplacesTheSavedOneAndIsClearedFromTheForm() {
        access.with(StorageSettings.s3(SAVED));
        model.load();
        model.secretProperty().set("new-secret");
        model.save();

        assertThat(access.current().s3().orElseThrow().secretAccessKey()).contains("new-secret");
        assertThat(model.secretProperty().get()).isEmpty();
    }

    @Test
    void switchingBackToLocalSavesLocal() {
        access.with(StorageSettings.s3(SAVED));
        model.load();
        model.useS3Property().set(false);
        model.save();

        assertThat(access.current().kind()).isEqualTo(StorageSettings.Kind.LOCAL);
        assertThat(model.saveMessageProperty().get()).contains("locally");
    }

    @Test
    void testConnectionShowsTheResultInPlainWords() {
        access.answer(false, "Cannot open the bucket: the bucket 'photos' does not exist at http://minio:9000");
        model.useS3Property().set(true);
        model.bucketProperty().set("photos");
        model.endpointProperty().set("http://minio:9000");
        model.testConnection();

        assertThat(model.testStateProperty().get()).isEqualTo(TestState.FAILED);
        assertThat(model.testMessageProperty().get()).contains("does not exist");
        assertThat(access.tested()).singleElement().satisfies(s -> assertThat(s.bucket()).isEqualTo("photos"));

        access.answer(true, "Connected: bucket 'photos' can be written, read and cleaned up");
        model.testConnection();
        assertThat(model.testStateProperty().get()).isEqualTo(TestState.OK);
        assertThat(model.testMessageProperty().get()).startsWith("Connected");
    }

    @Test
    void missingBucketOrBadEndpointIsExplainedWithoutTestingOrSaving() {
        model.useS3Property().set(true);
        model.testConnection();
        assertThat(model.testMessageProperty().get()).isEqualTo("Enter the bucket name.");

        model.bucketProperty().set("photos");
        model.endpointProperty().set("minio:9000");
        model.save();
        assertThat(model.saveMessageProperty().get()).contains("http:// or https://");
        assertThat(access.tested()).isEmpty();
        assertThat(access.current().kind()).isEqualTo(StorageSettings.Kind.LOCAL);
    }

    @Test
    void aFailedSaveSaysWhy() {
        access.failSavingWith(new IOException("disk full"));
        model.save();

        assertThat(model.saveMessageProperty().get()).isEqualTo("Could not save: disk full");
        assertThat(model.savingProperty().get()).isFalse();
    }
}
