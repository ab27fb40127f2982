package com.genstudio.ui.common;

import com.genstudio.config.S3Settings;
import com.genstudio.config.StorageSettings;
import com.genstudio.storage.s3.S3ConnectionTester;
import java.io.IOException;
import java.util.List;

/** What the settings screen reads, writes and tries. Every method may do I/O: background work only. */
public interface StorageSettingsAccess {

    /** The settings as saved by this screen, without environment overrides (those are not the user's to edit here). */
    StorageSettings saved();

    /** Names of the environment variables that override the saved settings in this process. */
    List<String> overrides();

    void save(StorageSettings settings) throws IOException;

    /** Writes, reads back and deletes a probe object; the message is in plain words either way. */
    S3ConnectionTester.Result test(S3Settings settings);
}
