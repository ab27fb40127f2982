package com.genstudio.ui.viewer;

import com.genstudio.ui.common.ImageRef;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/** A list of images, the one being shown, and whether it is fitted to the window or shown at 100%. */
public final class ViewerViewModel {
    private final List<ImageRef> images;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper();
    private final BooleanProperty fitToWindow = new SimpleBooleanProperty(true);
    private final ObjectBinding<ImageRef> current;
    private final StringBinding title;

    public ViewerViewModel(List<ImageRef> images, int startIndex) {
        if (images.isEmpty()) {
            throw new IllegalArgumentException("the viewer needs at least one image");
        }
        this.images = List.copyOf(images);
        index.set(Math.clamp(startIndex, 0, images.size() - 1));
        current = Bindings.createObjectBinding(() -> this.images.get(index.get()), index);
        title = Bindings.createStringBinding(this::describe, index, fitToWindow);
    }

    private String describe() {
        ImageRef ref = current.get();
        String zoom = fitToWindow.get() ? "fit" : "100%";
        return (index.get() + 1) + " / " + images.size() + "  ·  " + ref.width() + "×" + ref.height() + "  ·  "
                + zoom + "  ·  " + ref.caption();
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

    public ReadOnlyIntegerProperty indexProperty() { return index.getReadOnlyProperty(); }

    public ObjectBinding<ImageRef> current() { return current; }

    public BooleanProperty fitToWindowProperty() { return fitToWindow; }

    public StringBinding title() { return title; }

    public int size() { return images.size(); }
}
