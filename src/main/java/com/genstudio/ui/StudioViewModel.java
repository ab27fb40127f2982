package com.genstudio.ui;

import com.genstudio.domain.Session;
import com.genstudio.engine.GenerationEvent;
import com.genstudio.ui.browse.BrowseViewModel;
import com.genstudio.ui.common.BackgroundExecutor;
import com.genstudio.ui.common.DialogService;
import com.genstudio.ui.common.ImageRef;
import com.genstudio.ui.common.UiServices;
import com.genstudio.ui.composer.ComposerViewModel;
import com.genstudio.ui.events.FxEventBridge;
import com.genstudio.ui.feed.FeedViewModel;
import com.genstudio.ui.feed.SessionHistory;
import com.genstudio.ui.gallery.GalleryViewModel;
import com.genstudio.ui.sidebar.SidebarEntry;
import com.genstudio.ui.sidebar.SidebarViewModel;
import com.genstudio.ui.status.StatusBarViewModel;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;

/** Wires the window's view-models together and routes engine events to them; no Nodes here. */
public final class StudioViewModel implements AutoCloseable {
    private final UiServices services;
    private final BackgroundExecutor background;
    private final SidebarViewModel sidebar;
    private final ComposerViewModel composer;
    private final SessionHistory history;
    private final FeedViewModel feed;
    private final GalleryViewModel gallery;
    private final StatusBarViewModel status;
    private final FxEventBridge bridge;

    /** {@code fxThread} delivers bridged events (Platform::runLater in the app, Runnable::run in tests). */
    public StudioViewModel(UiServices services, BackgroundExecutor background, DialogService dialogs,
                           Executor fxThread) {
        this.services = services;
        this.background = background;
        sidebar = new SidebarViewModel(services.library(), background, dialogs);
        composer = new ComposerViewModel(services.generations(), background);
        history = new SessionHistory(services.generations(), services.files(), background);
        feed = new FeedViewModel(history, services.generations(), background);
        gallery = new GalleryViewModel(history);
        status = new StatusBarViewModel(services.dataDirectory());
        bridge = new FxEventBridge(services.generations(), fxThread, this::onEvents);
        composer.setOnSubmitted(history::upsert);
        sidebar.sessionProperty().subscribe((before, after) -> sessionChanged(before, after));
    }

    /** Subscribes to events first, then loads the library, engines and the generations active at start-up, all in the background. */
    public void start() {
        background.run(bridge::start, () -> {
            sidebar.load();
            composer.loadEngines();
            status.loadBaseline(services.generations(), background);
        }, failure -> {});
    }

    private void onEvents(List<GenerationEvent> events) {
        history.apply(events);
        status.apply(events);
    }

    private void sessionChanged(Session before, Session after) {
        if (after != null && (before == null || before.id() != after.id())) {
            composer.setSession(after.id());
            history.show(after.id());
        }
    }

    /** Where a click on an image goes (the window opens a viewer). */
    public void setImageOpener(BiConsumer<List<ImageRef>, Integer> opener) {
        feed.setImageOpener(opener);
        gallery.setOpener(opener);
    }

    /** A browse model for the selected project, with its name; empty before the library has loaded. */
    public Optional<ProjectBrowse> browseSelectedProject() {
        SidebarEntry selected = sidebar.selectedProperty().get();
        if (selected == null) {
            return Optional.empty();
        }
        String name = sidebar.entries().stream()
                .filter(e -> e instanceof SidebarEntry.ProjectEntry && e.projectId() == selected.projectId())
                .map(SidebarEntry::label).findFirst().orElse("Project");
        BrowseViewModel browse = new BrowseViewModel(services.generations(), services.files(), background);
        browse.load(selected.projectId());
        return Optional.of(new ProjectBrowse(name, browse));
    }

    public record ProjectBrowse(String projectName, BrowseViewModel model) {}

    public SidebarViewModel sidebar() { return sidebar; }

    public ComposerViewModel composer() { return composer; }

    public SessionHistory history() { return history; }

    public FeedViewModel feed() { return feed; }

    public GalleryViewModel gallery() { return gallery; }

    public StatusBarViewModel status() { return status; }

    /** Releases the event subscription. */
    @Override
    public void close() {
        bridge.close();
    }
}
