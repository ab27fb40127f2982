package com.genstudio.ui.browse;

import com.genstudio.domain.ProjectImage;
import com.genstudio.engine.GenerationService;
import com.genstudio.ui.common.BackgroundExecutor;
import com.genstudio.ui.common.Errors;
import com.genstudio.ui.common.ImageRef;
import com.genstudio.ui.common.OutputFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The most recent images of one project across its sessions (one query), for the browse dialog. */
public final class BrowseViewModel {
    private final GenerationService generations;
    private final OutputFiles files;
    private final BackgroundExecutor background;
    private final ObservableList<ImageRef> images = FXCollections.observableArrayList();
    private final ObservableList<ImageRef> readOnlyImages = FXCollections.unmodifiableObservableList(images);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Loading…");
    private BiConsumer<List<ImageRef>, Integer> opener = (list, index) -> {};

    public BrowseViewModel(GenerationService generations, OutputFiles files, BackgroundExecutor background) {
        this.generations = generations;
        this.files = files;
        this.background = background;
    }

    public void load(long projectId) {
        message.set("Loading…");
        background.submit(() -> resolve(generations.browseProject(projectId)), this::loaded,
                failure -> message.set("Could not load images: " + Errors.message(failure)));
    }

    private List<ImageRef> resolve(List<ProjectImage> rows) throws Exception {
        List<ImageRef> refs = new ArrayList<>(rows.size());
        for (ProjectImage row : rows) {
            refs.add(ImageRef.of(row.output(), row.sessionName() + " · " + row.prompt(), files));
        }
        return refs;
    }

    private void loaded(List<ImageRef> refs) {
        images.setAll(refs);
        message.set(refs.isEmpty() ? "This project has no images yet" : refs.size() + " most recent images");
    }

    public void open(int index) {
        opener.accept(List.copyOf(images), index);
    }

    public void setOpener(BiConsumer<List<ImageRef>, Integer> opener) {
        this.opener = opener;
    }

    public ObservableList<ImageRef> images() { return readOnlyImages; }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
}
