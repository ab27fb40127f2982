package com.genstudio.ui.status;

import com.genstudio.engine.GenerationEvent;
import com.genstudio.engine.GenerationService;
import com.genstudio.ui.common.BackgroundExecutor;
import com.genstudio.ui.events.ActivityCounter;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Running and queued counts, derived from events after reading the active generations once at start-up. */
public final class StatusBarViewModel {
    private final ActivityCounter counter;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper queued = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper dataDirectory;

    public StatusBarViewModel(Path dataDirectory) {
        this.counter = new ActivityCounter();
        this.dataDirectory = new ReadOnlyStringWrapper(dataDirectory == null ? "" : dataDirectory.toString());
    }

    public void loadBaseline(GenerationService generations, BackgroundExecutor background) {
        background.submit(generations::active, counts -> {
            counter.addBaseline(counts);
            publish();
        }, failure -> {});
    }

    public void apply(List<GenerationEvent> events) {
        events.forEach(counter::apply);
        publish();
    }

    private void publish() {
        running.set(counter.running());
        queued.set(counter.queued());
    }

    public ReadOnlyIntegerProperty runningProperty() { return running.getReadOnlyProperty(); }

    public ReadOnlyIntegerProperty queuedProperty() { return queued.getReadOnlyProperty(); }

    public ReadOnlyStringProperty dataDirectoryProperty() { return dataDirectory.getReadOnlyProperty(); }
}
