package com.genstudio.ui.fakes;

import com.genstudio.domain.Project;
import com.genstudio.domain.Session;
import com.genstudio.engine.LibraryService;
import com.genstudio.engine.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Projects and sessions in memory, in creation order. */
public final class FakeLibraryService implements LibraryService {
    private final List<Project> projects = new ArrayList<>();
    private final List<Session> sessions = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong(100);

    @Override
    public synchronized List<Project> projects() {
        return List.copyOf(projects);
    }

    @Override
    public synchronized Project createProject(String name) {
        Project p = new Project(ids.incrementAndGet(), name, Instant.now());
        projects.add(p);
        return p;
    }

    @Override
    public synchronized Project renameProject(long projectId, String newName) {
        Project renamed = new Project(projectId, newName, project(projectId).createdAt());
        projects.replaceAll(p -> p.id() == projectId ? renamed : p);
        return renamed;
    }

    @Override
    public synchronized void deleteProject(long projectId) {
        projects.removeIf(p -> p.id() == projectId);
        sessions.removeIf(s -> s.projectId() == projectId);
    }

    @Override
    public synchronized List<Session> sessions(long projectId) {
        return sessions.stream().filter(s -> s.projectId() == projectId).toList();
    }

    @Override
    public synchronized Session createSession(long projectId, String name) {
        project(projectId);
        Session s = new Session(ids.incrementAndGet(), projectId, name, Instant.now());
        sessions.add(s);
        return s;
    }

    @Override
    public synchronized Session renameSession(long sessionId, String newName) {
        Session old = sessions.stream().filter(s -> s.id() == sessionId).findFirst()
                .orElseThrow(() -> new NotFoundException("no session " + sessionId));
        Session renamed = new Session(sessionId, old.projectId(), newName, old.createdAt());
        sessions.replaceAll(s -> s.id() == sessionId ? renamed : s);
        return renamed;
    }

    @Override
    public synchronized void deleteSession(long sessionId) {
        sessions.removeIf(s -> s.id() == sessionId);
    }

    @Override
    public synchronized Session findOrCreate(String projectName, String sessionName) {
        Project p = projects.stream().filter(x -> x.name().equals(projectName)).findFirst()
                .orElseGet(() -> createProject(projectName));
        return sessions(p.id()).stream().filter(s -> s.name().equals(sessionName)).findFirst()
                .orElseGet(() -> createSession(p.id(), sessionName));
    }

    @Override
    public synchronized Session ensureDefault() {
        if (projects.isEmpty()) {
            return createSession(createProject("My first project").id(), "Session 1");
        }
        List<Session> first = sessions(projects.getFirst().id());
        return first.isEmpty() ? createSession(projects.getFirst().id(), "Session 1") : first.getFirst();
    }

    private Project project(long id) {
        return projects.stream().filter(p -> p.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("no project " + id));
    }
}
