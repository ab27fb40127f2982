package com.genstudio.ui.feed;

import com.genstudio.domain.Generation;
import com.genstudio.domain.GenerationStatus;
import com.genstudio.ui.common.ImageRef;
import java.time.Instant;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableDoubleValue;

/** One generation as the feed shows it: the latest snapshot's moving parts as properties. */
public final class GenerationItem {
    /** The value a ProgressBar reads as "indeterminate". */
    public static final double INDETERMINATE = -1;

    private final long id;
    private final long sessionId;
    private final Instant createdAt;
    private final String prompt;
    private final String details;
    private final ReadOnlyObjectWrapper<GenerationStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<ImageRef>> images = new ReadOnlyObjectWrapper<>(List.of());
    private final BooleanBinding active = Bindings.createBooleanBinding(
            () -> status.get() != null && status.get().isActive(), status);
    private final BooleanBinding retryable = Bindings.createBooleanBinding(
            () -> status.get() != null && status.get().isRetryable(), status);
    private final DoubleBinding displayProgress = Bindings.createDoubleBinding(this::barValue, status, progress);
    private Generation snapshot;

    public GenerationItem(Generation generation) {
        this.id = generation.id();
        this.sessionId = generation.sessionId();
        this.createdAt = generation.createdAt();
        this.prompt = generation.prompt();
        this.details = describe(generation);
        update(generation);
    }

    /** Applies a newer snapshot; an older one (events can overtake each other) is ignored. */
    public boolean update(Generation generation) {
        if (snapshot != null && generation.changeSeq() < snapshot.changeSeq()) {
            return false;
        }
        snapshot = generation;
        status.set(generation.status());
        progress.set(Math.clamp(generation.progress(), 0.0, 1.0));
        statusText.set(statusLine(generation));
        errorText.set(generation.errorMessage() == null ? "" : generation.errorMessage());
        return true;
    }

    public void setImages(List<ImageRef> refs) {
        images.set(List.copyOf(refs));
    }

    /** Queued, or running before the first report: an indeterminate bar so it moves from the first frame. */
    private double barValue() {
        GenerationStatus s = status.get();
        if (s == GenerationStatus.SUCCEEDED) {
            return 1.0;
        }
        boolean waiting = s == GenerationStatus.QUEUED || (s == GenerationStatus.RUNNING && progress.get() <= 0);
        return waiting ? INDETERMINATE : progress.get();
    }

    private static String statusLine(Generation g) {
        String label = switch (g.status()) {
            case QUEUED -> "Queued";
            case RUNNING -> "Running " + Math.round(Math.clamp(g.progress(), 0, 1) * 100) + "%";
            case SUCCEEDED -> "Done";
            case FAILED -> "Failed";
            case CANCELLED -> "Cancelled";
        };
        String message = g.statusMessage();
        return message == null || message.isBlank() || g.status().isTerminal() ? label : label + " · " + message;
    }

    private static String describe(Generation g) {
        var p = g.parameters();
        String size = p == null ? "" : " · " + p.size() + " · ×" + p.count() + " · seed " + p.seed();
        return g.engineId() + " / " + g.modelId() + size;
    }

    public long id() { return id; }

    public long sessionId() { return sessionId; }

    public Instant createdAt() { return createdAt; }

    public String prompt() { return prompt; }

    public String details() { return details; }

    public Generation snapshot() { return snapshot; }

    public ReadOnlyObjectProperty<GenerationStatus> statusProperty() { return status.getReadOnlyProperty(); }

    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }

    public ObservableDoubleValue displayProgress() { return displayProgress; }

    public ReadOnlyStringProperty statusTextProperty() { return statusText.getReadOnlyProperty(); }

    public ReadOnlyStringProperty errorTextProperty() { return errorText.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<List<ImageRef>> imagesProperty() { return images.getReadOnlyProperty(); }

    public ObservableBooleanValue active() { return active; }

    public ObservableBooleanValue retryable() { return retryable; }
}
