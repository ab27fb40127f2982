package com.genstudio.ui.feed;

import com.genstudio.engine.GenerationService;
import com.genstudio.ui.common.BackgroundExecutor;
import com.genstudio.ui.common.Errors;
import com.genstudio.ui.common.ImageRef;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/** The feed's actions on top of the session's job list. */
public final class FeedViewModel {
    public static final String EMPTY_TEXT = "No generations yet — type a prompt and press Generate";
    private static final int LOAD_AHEAD = 5;

    private final SessionHistory history;
    private final GenerationService generations;
    private final BackgroundExecutor background;
    private final ReadOnlyStringWrapper actionError = new ReadOnlyStringWrapper("");
    private final StringBinding message;
    private BiConsumer<List<ImageRef>, Integer> imageOpener = (images, index) -> {};

    public FeedViewModel(SessionHistory history, GenerationService generations, BackgroundExecutor background) {
        this.history = history;
        this.generations = generations;
        this.background = background;
        this.message = Bindings.createStringBinding(this::currentMessage,
                actionError, history.errorProperty(), history.loadingProperty(), history.items());
    }

    private String currentMessage() {
        if (!actionError.get().isEmpty()) {
            return actionError.get();
        }
        if (!history.errorProperty().get().isEmpty()) {
            return history.errorProperty().get();
        }
        return history.items().isEmpty() && !history.loadingProperty().get() ? EMPTY_TEXT : "";
    }

    public ObservableList<GenerationItem> items() {
        return history.items();
    }

    /** An error, the empty state, or blank when the list speaks for itself. */
    public StringBinding message() {
        return message;
    }

    /** A cell showed row {@code index}: close to the end, the next page is fetched. */
    public void shown(int index) {
        if (index >= history.items().size() - LOAD_AHEAD) {
            history.loadMore();
        }
    }

    public void cancel(GenerationItem item) {
        actionError.set("");
        background.submit(() -> generations.cancel(item.id()), history::upsert,
                failure -> actionError.set("Cancel failed: " + Errors.message(failure)));
    }

    public void retry(GenerationItem item) {
        actionError.set("");
        background.submit(() -> generations.retry(item.id()), history::upsert,
                failure -> actionError.set("Retry failed: " + Errors.message(failure)));
    }

    public void openImage(GenerationItem item, int index) {
        imageOpener.accept(item.imagesProperty().get(), index);
    }

    public void setImageOpener(BiConsumer<List<ImageRef>, Integer> opener) {
        this.imageOpener = opener;
    }
}
