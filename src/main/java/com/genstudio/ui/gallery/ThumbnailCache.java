package com.genstudio.ui.gallery;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.image.Image;

/**
 * Recently shown thumbnails, so a recycled tile that scrolls back does not decode again. Images load in the
 * background at display size; only the JavaFX thread uses the cache.
 */
public final class ThumbnailCache {
    private final Map<String, Image> images;

    public ThumbnailCache(int capacity) {
        this.images = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
                return size() > capacity;
            }
        };
    }

    public Image get(String uri, double size) {
        return images.computeIfAbsent(uri + "@" + size, key -> new Image(uri, size, size, true, true, true));
    }
}
