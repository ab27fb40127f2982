package com.genstudio.ui.settings;

import com.genstudio.config.S3Settings;
import com.genstudio.config.StorageSettings;
import com.genstudio.storage.s3.S3ConnectionTester;
import com.genstudio.ui.common.BackgroundExecutor;
import com.genstudio.ui.common.Errors;
import com.genstudio.ui.common.StorageSettingsAccess;
import java.net.URI;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The storage form: local or S3 and the bucket's fields. A saved secret is never put back into the form: the secret
 * field starts empty, and saving it empty keeps the saved one. Loading, saving and testing run in the background.
 */
public final class StorageSettingsViewModel {
    public enum TestState { IDLE, RUNNING, OK, FAILED }

    private final StorageSettingsAccess access;
    private final BackgroundExecutor background;
    private final BooleanProperty useS3 = new SimpleBooleanProperty(false);
    private final StringProperty bucket = new SimpleStringProperty("");
    private final StringProperty prefix = new SimpleStringProperty("");
    private final StringProperty region = new SimpleStringProperty("");
    private final StringProperty endpoint = new SimpleStringProperty("");
    private final BooleanProperty pathStyle = new SimpleBooleanProperty(false);
    private final StringProperty accessKeyId = new SimpleStringProperty("");
    private final StringProperty secret = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper secretHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper overridesNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<TestState> testState = new ReadOnlyObjectWrapper<>(TestState.IDLE);
    private final ReadOnlyStringWrapper testMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saveMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private Optional<String> savedSecret = Optional.empty();

    public StorageSettingsViewModel(StorageSettingsAccess access, BackgroundExecutor background) {
        this.access = access;
        this.background = background;
    }

    public void load() {
        background.submit(() -> new Loaded(access.saved(), access.overrides()), this::show,
                failure -> saveMessage.set("Could not read the saved settings: " + Errors.message(failure)));
    }

    private record Loaded(StorageSettings settings, java.util.List<String> overrides) {}

    private void show(Loaded loaded) {
        useS3.set(loaded.settings().kind() == StorageSettings.Kind.S3);
        loaded.settings().s3().ifPresent(s -> {
            bucket.set(s.bucket());
            prefix.set(s.prefix());
            region.set(s.region());
            endpoint.set(s.endpoint().orElse(""));
            pathStyle.set(s.pathStyle());
            accessKeyId.set(s.accessKeyId().orElse(""));
            savedSecret = s.secretAccessKey();
        });
        secret.set("");
        secretHint.set(savedSecret.isPresent() ? "A secret key is saved; leave this empty to keep it."
                : "Empty: credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY or the AWS profile.");
        overridesNote.set(loaded.overrides().isEmpty() ? "" : "Set in the environment, and used instead of "
                + "what is saved here: " + String.join(", ", loaded.overrides()));
    }

    public void testConnection() {
        Optional<S3Settings> s3 = s3Settings(testMessage);
        if (s3.isEmpty()) {
            testState.set(TestState.FAILED);
            return;
        }
        testState.set(TestState.RUNNING);
        testMessage.set("Testing the connection to '" + s3.get().bucket() + "'…");
        background.submit(() -> access.test(s3.get()), this::tested, failure -> tested(
                new S3ConnectionTester.Result(false, "The test could not run: " + Errors.message(failure))));
    }

    private void tested(S3ConnectionTester.Result result) {
        testState.set(result.ok() ? TestState.OK : TestState.FAILED);
        testMessage.set(result.message());
    }

    public void save() {
        StorageSettings settings;
        if (useS3.get()) {
            Optional<S3Settings> s3 = s3Settings(saveMessage);
            if (s3.isEmpty()) {
                return;
            }
            settings = StorageSettings.s3(s3.get());
        } else {
            settings = StorageSettings.local();
        }
        saving.set(true);
        saveMessage.set("Saving…");
        background.run(() -> access.save(settings), () -> {
            saving.set(false);
            settings.s3().ifPresent(s -> savedSecret = s.secretAccessKey());
            secret.set("");
            saveMessage.set("Saved. Restart GenStudio to store new outputs " + (useS3.get() ? "in the bucket." : "locally."));
        }, failure -> {
            saving.set(false);
            saveMessage.set("Could not save: " + Errors.message(failure));
        });
    }

    /** The form as S3 settings, or empty after putting what is wrong into {@code problem}. */
    private Optional<S3Settings> s3Settings(ReadOnlyStringWrapper problem) {
        if (bucket.get() == null || bucket.get().isBlank()) {
            problem.set("Enter the bucket name.");
            return Optional.empty();
        }
        String url = endpoint.get() == null ? "" : endpoint.get().strip();
        if (!url.isEmpty() && !isHttpUrl(url)) {
            problem.set("The endpoint must be an http:// or https:// address, such as https://minio.example.com:9000");
            return Optional.empty();
        }
        String typed = secret.get() == null ? "" : secret.get();
        Optional<String> secretKey = typed.isEmpty() ? savedSecret : Optional.of(typed);
        return Optional.of(new S3Settings(bucket.get(), prefix.get(), region.get(), Optional.of(url), pathStyle.get(),
                Optional.ofNullable(accessKeyId.get()), secretKey));
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public BooleanProperty useS3Property() { return useS3; }

    public StringProperty bucketProperty() { return bucket; }

    public StringProperty prefixProperty() { return prefix; }

    public StringProperty regionProperty() { return region; }

    public StringProperty endpointProperty() { return endpoint; }

    public BooleanProperty pathStyleProperty() { return pathStyle; }

    public StringProperty accessKeyIdProperty() { return accessKeyId; }

    public StringProperty secretProperty() { return secret; }

    public ReadOnlyStringProperty secretHintProperty() { return secretHint.getReadOnlyProperty(); }

    public ReadOnlyStringProperty overridesNoteProperty() { return overridesNote.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<TestState> testStateProperty() { return testState.getReadOnlyProperty(); }

    public ReadOnlyStringProperty testMessageProperty() { return testMessage.getReadOnlyProperty(); }

    public ReadOnlyStringProperty saveMessageProperty() { return saveMessage.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
}
