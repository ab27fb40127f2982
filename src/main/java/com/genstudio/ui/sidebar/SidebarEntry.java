package com.genstudio.ui.sidebar;

import com.genstudio.domain.Project;
import com.genstudio.domain.Session;

/** A row of the sidebar: a project heading or one of its sessions. */
public sealed interface SidebarEntry {
    String label();

    long projectId();

    record ProjectEntry(Project project) implements SidebarEntry {
        public String label() { return project.name(); }

        public long projectId() { return project.id(); }
    }

    record SessionEntry(Session session) implements SidebarEntry {
        public String label() { return session.name(); }

        public long projectId() { return session.projectId(); }
    }
}
