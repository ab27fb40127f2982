package com.genstudio.engine;

import com.genstudio.domain.Generation;
import com.genstudio.domain.Project;
import com.genstudio.domain.Session;
import com.genstudio.store.ProjectRepository;
import com.genstudio.store.SessionRepository;
import com.genstudio.store.StoreException;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Projects and sessions: names are checked here so the UI and the CLI refuse bad ones with the same words. */
public final class Library implements LibraryService {
    private static final Logger LOG = LoggerFactory.getLogger(Library.class);
    public static final String DEFAULT_PROJECT = "My first project";
    public static final String DEFAULT_SESSION = "Session 1";
    private static final int MAX_NAME = 200;

    private final ProjectRepository projects;
    private final SessionRepository sessions;
    private final GenerationService generations;
    private final OutputIngestor files;

    public Library(ProjectRepository projects, SessionRepository sessions, GenerationService generations,
                   OutputIngestor files) {
        this.projects = projects;
        this.sessions = sessions;
        this.generations = generations;
        this.files = files;
    }

    @Override
    public List<Project> projects() {
        return projects.all();
    }

    @Override
    public Project createProject(String name) {
        String clean = checkName(name, "Project");
        try {
            return projects.insert(clean);
        } catch (StoreException e) {
            throw duplicateOr(e, "A project named '" + clean + "' already exists");
        }
    }

    @Override
    public Project renameProject(long projectId, String newName) {
        String clean = checkName(newName, "Project");
        try {
            return projects.rename(projectId, clean)
                    .orElseThrow(() -> new NotFoundException("No project with id " + projectId));
        } catch (StoreException e) {
            throw duplicateOr(e, "A project named '" + clean + "' already exists");
        }
    }

    @Override
    public void deleteProject(long projectId) {
        cancelActive(g -> sessions.find(g.sessionId()).map(s -> s.projectId() == projectId).orElse(false));
        if (!projects.delete(projectId)) {
            throw new NotFoundException("No project with id " + projectId);
        }
        deleteFiles(projectId + "/");
    }

    @Override
    public List<Session> sessions(long projectId) {
        return sessions.ofProject(projectId);
    }

    @Override
    public Session createSession(long projectId, String name) {
        String clean = checkName(name, "Session");
        projects.find(projectId).orElseThrow(() -> new NotFoundException("No project with id " + projectId));
        try {
            return sessions.insert(projectId, clean);
        } catch (StoreException e) {
            throw duplicateOr(e, "This project already has a session named '" + clean + "'");
        }
    }

    @Override
    public Session renameSession(long sessionId, String newName) {
        String clean = checkName(newName, "Session");
        try {
            return sessions.rename(sessionId, clean)
                    .orElseThrow(() -> new NotFoundException("No session with id " + sessionId));
        } catch (StoreException e) {
            throw duplicateOr(e, "This project already has a session named '" + clean + "'");
        }
    }

    @Override
    public void deleteSession(long sessionId) {
        Session session = sessions.find(sessionId)
                .orElseThrow(() -> new NotFoundException("No session with id " + sessionId));
        cancelActive(g -> g.sessionId() == sessionId);
        List<Long> generationIds = generationIdsOf(sessionId);
        sessions.delete(sessionId);
        deleteFiles(session.projectId() + "/" + sessionId + "/");
        // Stores that key by generation (S3) have no session prefix to delete; their files go one generation at a time.
        for (long id : generationIds) {
            try {
                files.deleteAll(new OutputTarget(session.projectId(), sessionId, id));
            } catch (IOException e) {
                LOG.warn("Could not delete the files of generation {}", id, e);
            }
        }
    }

    private List<Long> generationIdsOf(long sessionId) {
        List<Long> ids = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var page = generations.history(sessionId, cursor, 200);
            page.items().forEach(g -> ids.add(g.id()));
            cursor = page.hasMore() ? page.nextCursor() : null;
        } while (cursor != null);
        return ids;
    }

    @Override
    public Session findOrCreate(String projectName, String sessionName) {
        String p = checkName(projectName, "Project");
        String s = checkName(sessionName, "Session");
        Project project = projects.findByName(p).orElseGet(() -> createProject(p));
        return sessions.findByName(project.id(), s).orElseGet(() -> createSession(project.id(), s));
    }

    @Override
    public Session ensureDefault() {
        List<Project> all = projects.all();
        if (all.isEmpty()) {
            return findOrCreate(DEFAULT_PROJECT, DEFAULT_SESSION);
        }
        Project first = all.getFirst();
        return sessions.ofProject(first.id()).stream().findFirst()
                .orElseGet(() -> createSession(first.id(), DEFAULT_SESSION));
    }

    private void cancelActive(java.util.function.Predicate<Generation> which) {
        generations.active().stream().filter(which).forEach(g -> generations.cancel(g.id()));
    }

    private void deleteFiles(String prefix) {
        try {
            files.deletePrefix(prefix);
        } catch (IOException e) {
            LOG.warn("Could not delete the files under {}", prefix, e);
        }
    }

    private static String checkName(String name, String what) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException(what + " name is empty");
        }
        if (clean.length() > MAX_NAME) {
            throw new IllegalArgumentException(what + " name is too long (at most " + MAX_NAME + " characters)");
        }
        return clean;
    }

    private static RuntimeException duplicateOr(StoreException e, String duplicateMessage) {
        return e.isDuplicate() ? new IllegalArgumentException(duplicateMessage) : e;
    }
}
