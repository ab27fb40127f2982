package com.genstudio.engine;

import com.genstudio.domain.Project;
import com.genstudio.domain.Session;
import java.util.List;

/** Projects and their sessions. Same threading rule as {@link GenerationService}. */
public interface LibraryService {
    List<Project> projects();

    Project createProject(String name);

    Project renameProject(long projectId, String newName);

    /** Deletes the project, its sessions, generations and files; cancels its active generations first. */
    void deleteProject(long projectId);

    List<Session> sessions(long projectId);

    Session createSession(long projectId, String name);

    Session renameSession(long sessionId, String newName);

    void deleteSession(long sessionId);

    /** For the CLI: the named project and session, created when missing. */
    Session findOrCreate(String projectName, String sessionName);

    /** A first project and session so a fresh install opens ready to generate. */
    Session ensureDefault();
}
