package com.genstudio.ui.feed;

import com.genstudio.domain.Generation;
import com.genstudio.domain.GenerationStatus;
import com.genstudio.domain.Page;
import com.genstudio.engine.GenerationEvent;
import com.genstudio.engine.GenerationService;
import com.genstudio.ui.common.BackgroundExecutor;
import com.genstudio.ui.common.Errors;
import com.genstudio.ui.common.ImageRef;
import com.genstudio.ui.common.OutputFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The current session's generations, newest first: the one job list the feed and the gallery bind to. Pages come
 * from {@code history}; events keep loaded items moving and put new ones at the top.
 */
public final class SessionHistory {
    static final int PAGE_SIZE = 30;

    private final GenerationService generations;
    private final OutputFiles files;
    private final BackgroundExecutor background;
    private final ObservableList<GenerationItem> items = FXCollections.observableArrayList(
            item -> new Observable[] {item.statusProperty(), item.progressProperty(), item.imagesProperty()});
    private final ObservableList<GenerationItem> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final Map<Long, GenerationItem> byId = new HashMap<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private long sessionId = -1;
    private String cursor;
    private int loadToken;

    public SessionHistory(GenerationService generations, OutputFiles files, BackgroundExecutor background) {
        this.generations = generations;
        this.files = files;
        this.background = background;
    }

    /** Shows another session: clears the list and loads its first page. */
    public void show(long newSessionId) {
        sessionId = newSessionId;
        items.clear();
        byId.clear();
        cursor = null;
        hasMore.set(true);
        loading.set(false);
        loadToken++;
        loadMore();
    }

    /** Loads the next page; a no-op while a page is loading or when everything is here. */
    public void loadMore() {
        if (sessionId < 0 || loading.get() || !hasMore.get()) {
            return;
        }
        loading.set(true);
        int token = loadToken;
        long session = sessionId;
        String from = cursor;
        background.submit(() -> resolvedPage(session, from),
                page -> { if (token == loadToken) appendPage(page); },
                failure -> { if (token == loadToken) pageFailed(failure); });
    }

    private LoadedPage resolvedPage(long session, String from) throws Exception {
        Page<Generation> page = generations.history(session, from, PAGE_SIZE);
        Map<Long, List<ImageRef>> images = new HashMap<>();
        for (Generation g : page.items()) {
            images.put(g.id(), ImageRef.of(g, files));
        }
        return new LoadedPage(page, images);
    }

    private void appendPage(LoadedPage loaded) {
        loading.set(false);
        error.set("");
        cursor = loaded.page().nextCursor();
        hasMore.set(loaded.page().hasMore() && cursor != null);
        List<GenerationItem> added = new ArrayList<>();
        for (Generation g : loaded.page().items()) {
            if (!byId.containsKey(g.id())) {
                GenerationItem item = new GenerationItem(g);
                item.setImages(loaded.images().getOrDefault(g.id(), List.of()));
                byId.put(g.id(), item);
                added.add(item);
            }
        }
        items.addAll(added);
    }

    private void pageFailed(Throwable failure) {
        loading.set(false);
        error.set("Could not load history: " + Errors.message(failure));
    }

    /** Applies coalesced events on the JavaFX thread. */
    public void apply(List<GenerationEvent> events) {
        for (GenerationEvent event : events) {
            if (event.generation().sessionId() == sessionId) {
                apply(event);
            }
        }
    }

    private void apply(GenerationEvent event) {
        Generation g = event.generation();
        if (event.type() == GenerationEvent.Type.DELETED) {
            GenerationItem gone = byId.remove(g.id());
            if (gone != null) {
                items.remove(gone);
            }
            return;
        }
        upsert(g);
    }

    /** Adds or updates from a snapshot (an event, or what submit/retry returned); safe to call twice. */
    public void upsert(Generation g) {
        if (g.sessionId() != sessionId) {
            return;
        }
        GenerationItem item = byId.get(g.id());
        if (item == null) {
            insertInOrder(g);
        } else if (item.update(g) && g.status() == GenerationStatus.SUCCEEDED && item.imagesProperty().get().isEmpty()) {
            loadImages(item, g);
        }
    }

    private void insertInOrder(Generation g) {
        int position = 0;
        while (position < items.size() && isNewer(items.get(position), g)) {
            position++;
        }
        if (position == items.size() && hasMore.get() && !items.isEmpty()) {
            return; // older than everything loaded: it arrives with a later page
        }
        GenerationItem item = new GenerationItem(g);
        byId.put(g.id(), item);
        items.add(position, item);
        if (g.status() == GenerationStatus.SUCCEEDED) {
            loadImages(item, g);
        }
    }

    private static boolean isNewer(GenerationItem item, Generation g) {
        int byTime = item.createdAt().compareTo(g.createdAt());
        return byTime > 0 || (byTime == 0 && item.id() > g.id());
    }

    /** A finished snapshot may come without its outputs; then the generation is read again. */
    private void loadImages(GenerationItem item, Generation g) {
        background.submit(() -> {
            Generation full = g.outputs().isEmpty() ? generations.find(g.id()).orElse(g) : g;
            return ImageRef.of(full, files);
        }, item::setImages, failure -> error.set("Could not load images: " + Errors.message(failure)));
    }

    public ObservableList<GenerationItem> items() {
        return readOnlyItems;
    }

    public long sessionId() {
        return sessionId;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private record LoadedPage(Page<Generation> page, Map<Long, List<ImageRef>> images) {}
}
