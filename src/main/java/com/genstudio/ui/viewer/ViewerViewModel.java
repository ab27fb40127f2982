package com.genstudio.ui.viewer;

import com.genstudio.ui.common.BackgroundExecutor;
import com.genstudio.ui.common.Errors;
import com.genstudio.ui.common.ImageRef;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.image.Image;
import javafx.scene.media.MediaPlayer;

/**
 * A list of outputs, the one being shown, and whether it is fitted to the window or shown at 100%. The current
 * output is decoded (images) or opened (videos) in the background; when that fails, {@code notice} says why in
 * plain words instead of leaving the pane blank.
 */
public final class ViewerViewModel implements AutoCloseable {
    /** Prism's texture limit per side; bigger outputs are shown downscaled. */
    static final int MAX_TEXTURE_SIDE = 4096;

    private final List<ImageRef> images;
    private final BackgroundExecutor background;
    private final ViewerMedia media;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper();
    private final BooleanProperty fitToWindow = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MediaPlayer> player = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ObjectBinding<ImageRef> current;
    private final StringBinding title;

    public ViewerViewModel(List<ImageRef> images, int startIndex, BackgroundExecutor background, ViewerMedia media) {
        if (images.isEmpty()) {
            throw new IllegalArgumentException("the viewer needs at least one image");
        }
        this.images = List.copyOf(images);
        this.background = background;
        this.media = media;
        index.set(Math.clamp(startIndex, 0, images.size() - 1));
        current = Bindings.createObjectBinding(() -> this.images.get(index.get()), index);
        title = Bindings.createStringBinding(this::describe, index, fitToWindow);
        current.subscribe(this::load);
    }

    private String describe() {
        ImageRef ref = current.get();
        String zoom = fitToWindow.get() ? "fit" : "100%";
        return (index.get() + 1) + " / " + images.size() + "  ·  " + ref.width() + "×" + ref.height() + "  ·  "
                + zoom + "  ·  " + ref.caption();
    }

    private void load(ImageRef ref) {
        releasePlayer();
        image.set(null);
        notice.set(ref.isVideo() ? "Opening the video…" : "Loading…");
        if (ref.isVideo()) {
            background.submit(() -> media.openVideo(ref), p -> opened(ref, p), e -> cannotPlay(ref, Errors.message(e)));
        } else {
            background.submit(() -> media.decodeImage(ref, MAX_TEXTURE_SIDE), img -> {
                if (current.get() == ref) {
                    image.set(img);
                    notice.set("");
                }
            }, e -> {
                if (current.get() == ref) {
                    notice.set("This image cannot be shown: " + Errors.message(e) + ". The file is " + ref.file());
                }
            });
        }
    }

    private void opened(ImageRef ref, MediaPlayer opened) {
        if (current.get() != ref) {
            opened.dispose();
            return;
        }
        opened.setOnError(() -> cannotPlay(ref, opened.getError() == null ? "unknown error"
                : Errors.message(opened.getError())));
        player.set(opened);
        notice.set("");
    }

    /** Also called when a player that opened fails later (missing codec, broken file). */
    void cannotPlay(ImageRef ref, String reason) {
        if (current.get() == ref) {
            releasePlayer();
            notice.set("This video cannot play here: " + reason + ". Open it with another player: " + ref.file());
        }
    }

    private void releasePlayer() {
        MediaPlayer old = player.get();
        player.set(null);
        if (old != null) {
            old.dispose();
        }
    }

    public void next() {
        if (index.get() < images.size() - 1) {
            index.set(index.get() + 1);
        }
    }

    public void previous() {
        if (index.get() > 0) {
            index.set(index.get() - 1);
        }
    }

    public void toggleZoom() {
        fitToWindow.set(!fitToWindow.get());
    }

    @Override
    public void close() {
        releasePlayer();
    }

    public ReadOnlyIntegerProperty indexProperty() { return index.getReadOnlyProperty(); }

    public ObjectBinding<ImageRef> current() { return current; }

    public BooleanProperty fitToWindowProperty() { return fitToWindow; }

    public StringBinding title() { return title; }

    public ReadOnlyObjectProperty<Image> imageProperty() { return image.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<MediaPlayer> playerProperty() { return player.getReadOnlyProperty(); }

    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }

    public int size() { return images.size(); }
}
