package com.genstudio.ui.fakes;

import com.genstudio.config.S3Settings;
import com.genstudio.config.StorageSettings;
import com.genstudio.storage.s3.S3ConnectionTester;
import com.genstudio.ui.common.StorageSettingsAccess;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Settings kept in memory; the connection test answers from a script and records what it was asked. */
public final class FakeStorageSettings implements StorageSettingsAccess {
    private StorageSettings saved = StorageSettings.local();
    private List<String> overrides = List.of();
    private S3ConnectionTester.Result answer = new S3ConnectionTester.Result(true, "Connected");
    private IOException saveFailure;
    private final List<S3Settings> tested = new ArrayList<>();

    public FakeStorageSettings with(StorageSettings settings) {
        this.saved = settings;
        return this;
    }

    public FakeStorageSettings overriddenBy(String... names) {
        this.overrides = List.of(names);
        return this;
    }

    public FakeStorageSettings answer(boolean ok, String message) {
        this.answer = new S3ConnectionTester.Result(ok, message);
        return this;
    }

    public FakeStorageSettings failSavingWith(IOException e) {
        this.saveFailure = e;
        return this;
    }

    public StorageSettings current() {
        return saved;
    }

    public List<S3Settings> tested() {
        return List.copyOf(tested);
    }

    @Override
    public StorageSettings saved() {
        return saved;
    }

    @Override
    public List<String> overrides() {
        return overrides;
    }

    @Override
    public void save(StorageSettings settings) throws IOException {
        if (saveFailure != null) {
            throw saveFailure;
        }
        saved = settings;
    }

    @Override
    public S3ConnectionTester.Result test(S3Settings settings) {
        tested.add(settings);
        return answer;
    }
}
