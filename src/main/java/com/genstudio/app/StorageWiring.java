package com.genstudio.app;

import com.genstudio.config.AppPaths;
import com.genstudio.config.StorageSettings;
import com.genstudio.storage.DiskCache;
import com.genstudio.storage.LocalOutputStore;
import com.genstudio.storage.OutputStore;
import com.genstudio.storage.TieredOutputStore;
import com.genstudio.storage.s3.S3Clients;
import com.genstudio.storage.s3.S3OutputStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Builds the output store the settings ask for. With S3, new outputs go to the bucket while outputs made before
 * the switch keep being read from local files until "Move outputs to S3" moves them.
 */
record StorageWiring(OutputStore store, LocalOutputStore local, Optional<S3OutputStore> s3) implements AutoCloseable {
    static final long CACHE_BYTES = 2L * 1024 * 1024 * 1024;

    static StorageWiring open(AppPaths paths, StorageSettings settings) {
        LocalOutputStore local = new LocalOutputStore(paths.outputs());
        if (settings.kind() == StorageSettings.Kind.LOCAL) {
            return new StorageWiring(local, local, Optional.empty());
        }
        var s3Settings = settings.s3().orElseThrow();
        try {
            DiskCache cache = new DiskCache(paths.home().resolve("cache").resolve("s3"), CACHE_BYTES);
            S3OutputStore s3 = new S3OutputStore(S3Clients.create(s3Settings, S3Clients.Checksums.AUTO,
                    S3Clients.Timeouts.defaults()), s3Settings, cache);
            return new StorageWiring(new TieredOutputStore(s3, local), local, Optional.of(s3));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the S3 download cache in " + paths.home(), e);
        }
    }

    @Override
    public void close() {
        s3.ifPresent(S3OutputStore::close);
    }
}
