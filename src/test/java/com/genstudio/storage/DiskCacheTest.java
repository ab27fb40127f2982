package com.genstudio.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskCacheTest {
    @TempDir
    Path dir;
    private final List<String> loads = new ArrayList<>();

    private DiskCache.Loader loader(int size) {
        return key -> {
            loads.add(key);
            return new ByteArrayInputStream(new byte[size]);
        };
    }

    @Test
    void evictsTheLeastRecentlyUsedWhenOverTheCap() throws IOException {
        DiskCache cache = new DiskCache(dir, 250);
        cache.get("1/a.png", loader(100));
        cache.get("1/b.png", loader(100));
        cache.get("1/a.png", loader(100));
        cache.get("1/c.png", loader(100));

        assertThat(loads).containsExactly("1/a.png", "1/b.png", "1/c.png");
        assertThat(dir.resolve("1/b.png")).doesNotExist();
        assertThat(dir.resolve("1/a.png")).exists();
        assertThat(cache.totalBytes()).isEqualTo(200);
    }

    @Test
    void anotherInstanceFindsWhatWasCachedBefore() throws IOException {
        new DiskCache(dir, 1000).get("2/x.jpg", loader(10));
        DiskCache reopened = new DiskCache(dir, 1000);
        reopened.get("2/x.jpg", loader(10));
        assertThat(loads).containsExactly("2/x.jpg");
        assertThat(reopened.totalBytes()).isEqualTo(10);
    }
}
