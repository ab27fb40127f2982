package com.genstudio.ui.gallery;

import com.genstudio.ui.common.ImageRef;
import com.genstudio.ui.feed.GenerationItem;
import com.genstudio.ui.feed.SessionHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The session's images, newest first, derived from the job list. Scrolling near the end asks the history for the
 * next page, so the gallery pages on the same cursor as the feed.
 */
public final class GalleryViewModel {
    public static final String EMPTY_TEXT = "Finished images of this session appear here";

    private final SessionHistory history;
    private final ObservableList<ImageRef> images = FXCollections.observableArrayList();
    private final ObservableList<ImageRef> readOnlyImages = FXCollections.unmodifiableObservableList(images);
    private final StringBinding message;
    private BiConsumer<List<ImageRef>, Integer> opener = (list, index) -> {};

    public GalleryViewModel(SessionHistory history) {
        this.history = history;
        history.items().addListener((ListChangeListener<GenerationItem>) change -> refresh());
        message = Bindings.createStringBinding(
                () -> images.isEmpty() && !history.loadingProperty().get() ? EMPTY_TEXT : "",
                images, history.loadingProperty());
        refresh();
    }

    /** Progress ticks also arrive here; the list is only replaced when the set of images changed. */
    private void refresh() {
        List<ImageRef> current = new ArrayList<>();
        for (GenerationItem item : history.items()) {
            current.addAll(item.imagesProperty().get());
        }
        if (!current.equals(images)) {
            images.setAll(current);
        }
    }

    /** A tile near the end became visible. */
    public void nearEnd() {
        history.loadMore();
    }

    public void open(int index) {
        opener.accept(List.copyOf(images), index);
    }

    public void setOpener(BiConsumer<List<ImageRef>, Integer> opener) {
        this.opener = opener;
    }

    public ObservableList<ImageRef> images() { return readOnlyImages; }

    public StringBinding message() { return message; }
}
