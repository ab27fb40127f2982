package com.genstudio.cli;

import com.genstudio.domain.Project;
import com.genstudio.domain.Session;
import com.genstudio.engine.LibraryService;
import com.genstudio.engine.NotFoundException;
import java.util.Optional;

/**
 * The project and session a command works in, by name. Commands that read fail on a missing name; {@code generate}
 * creates what is missing and, when the request is then refused, removes it again so bad input stores nothing.
 */
final class SessionTarget {
    static final String DEFAULT_PROJECT = "Default";
    static final String DEFAULT_SESSION = "CLI";

    private final LibraryService library;
    private final String projectName;
    private final String sessionName;

    SessionTarget(LibraryService library, String projectName, String sessionName) {
        this.library = library;
        this.projectName = projectName == null ? DEFAULT_PROJECT : projectName.strip();
        this.sessionName = sessionName == null ? DEFAULT_SESSION : sessionName.strip();
    }

    Session existing() {
        Project project = findProject().orElseThrow(
                () -> new NotFoundException("No project named '" + projectName + "'"));
        return findSession(project).orElseThrow(() -> new NotFoundException(
                "No session named '" + sessionName + "' in project '" + projectName + "'"));
    }

    /** Runs {@code work} in the session, created when missing; undoes the creation when {@code work} throws. */
    <T> T withCreated(SessionWork<T> work) {
        Optional<Project> project = findProject();
        boolean sessionExisted = project.flatMap(this::findSession).isPresent();
        Session session = library.findOrCreate(projectName, sessionName);
        try {
            return work.apply(session);
        } catch (RuntimeException e) {
            if (project.isEmpty()) {
                library.deleteProject(session.projectId());
            } else if (!sessionExisted) {
                library.deleteSession(session.id());
            }
            throw e;
        }
    }

    private Optional<Project> findProject() {
        return library.projects().stream().filter(p -> p.name().equals(projectName)).findFirst();
    }

    private Optional<Session> findSession(Project project) {
        return library.sessions(project.id()).stream().filter(s -> s.name().equals(sessionName)).findFirst();
    }

    @FunctionalInterface
    interface SessionWork<T> {
        T apply(Session session);
    }
}
