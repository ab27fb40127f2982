package com.genstudio.ui.sidebar;

import com.genstudio.domain.Project;
import com.genstudio.domain.Session;
import com.genstudio.engine.LibraryService;
import com.genstudio.ui.common.BackgroundExecutor;
import com.genstudio.ui.common.DialogService;
import com.genstudio.ui.common.Errors;
import com.genstudio.ui.sidebar.SidebarEntry.ProjectEntry;
import com.genstudio.ui.sidebar.SidebarEntry.SessionEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Projects and their sessions as one flat list; the selected session drives the feed, gallery and composer. */
public final class SidebarViewModel {
    private final LibraryService library;
    private final BackgroundExecutor background;
    private final DialogService dialogs;
    private final ObservableList<SidebarEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<SidebarEntry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyObjectWrapper<SidebarEntry> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Session> session = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public SidebarViewModel(LibraryService library, BackgroundExecutor background, DialogService dialogs) {
        this.library = library;
        this.background = background;
        this.dialogs = dialogs;
    }

    /** Loads the tree and selects the default session (created on a fresh install). */
    public void load() {
        reload(library::ensureDefault);
    }

    public void select(SidebarEntry entry) {
        selected.set(entry);
        if (entry instanceof SessionEntry s) {
            session.set(s.session());
        }
    }

    public void newProject() {
        dialogs.askText("New project", "Project name", "New project").ifPresent(name ->
                reload(() -> library.createSession(library.createProject(name).id(), "Session 1")));
    }

    public void newSession() {
        Optional<Long> projectId = Optional.ofNullable(selected.get()).map(SidebarEntry::projectId);
        if (projectId.isEmpty()) {
            return;
        }
        String suggestion = "Session " + (sessionCount(projectId.get()) + 1);
        dialogs.askText("New session", "Session name", suggestion).ifPresent(name ->
                reload(() -> library.createSession(projectId.get(), name)));
    }

    public void renameSelected() {
        SidebarEntry entry = selected.get();
        if (entry == null) {
            return;
        }
        dialogs.askText("Rename", "New name", entry.label()).ifPresent(name -> reload(switch (entry) {
            case ProjectEntry p -> () -> firstSessionOf(library.renameProject(p.project().id(), name).id());
            case SessionEntry s -> () -> library.renameSession(s.session().id(), name);
        }));
    }

    public void deleteSelected() {
        SidebarEntry entry = selected.get();
        if (entry == null) {
            return;
        }
        String what = entry instanceof ProjectEntry ? "project" : "session";
        String message = "Delete " + what + " \"" + entry.label() + "\" with all its generations and images?";
        if (!dialogs.confirm("Delete " + what, message)) {
            return;
        }
        reload(switch (entry) {
            case ProjectEntry p -> () -> { library.deleteProject(p.project().id()); return library.ensureDefault(); };
            case SessionEntry s -> () -> {
                library.deleteSession(s.session().id());
                return firstSessionOf(s.session().projectId());
            };
        });
    }

    private Session firstSessionOf(long projectId) {
        List<Session> sessions = library.sessions(projectId);
        return sessions.isEmpty() ? library.createSession(projectId, "Session 1") : sessions.getFirst();
    }

    private long sessionCount(long projectId) {
        return entries.stream().filter(e -> e instanceof SessionEntry && e.projectId() == projectId).count();
    }

    /** Runs a change in the background, then re-reads the whole tree and selects the session the change named. */
    private void reload(LibraryChange change) {
        error.set("");
        background.submit(() -> {
            Session target = change.apply();
            return new Snapshot(readTree(), target);
        }, this::show, failure -> error.set(Errors.message(failure)));
    }

    private List<SidebarEntry> readTree() {
        List<SidebarEntry> rows = new ArrayList<>();
        for (Project project : library.projects()) {
            rows.add(new ProjectEntry(project));
            library.sessions(project.id()).forEach(s -> rows.add(new SessionEntry(s)));
        }
        return rows;
    }

    private void show(Snapshot snapshot) {
        entries.setAll(snapshot.rows());
        snapshot.rows().stream()
                .filter(e -> e instanceof SessionEntry s && s.session().id() == snapshot.target().id())
                .findFirst().ifPresent(this::select);
    }

    public ObservableList<SidebarEntry> entries() { return readOnlyEntries; }

    public ReadOnlyObjectProperty<SidebarEntry> selectedProperty() { return selected.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Session> sessionProperty() { return session.getReadOnlyProperty(); }

    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    @FunctionalInterface
    private interface LibraryChange {
        Session apply() throws Exception;
    }

    private record Snapshot(List<SidebarEntry> rows, Session target) {}
}
