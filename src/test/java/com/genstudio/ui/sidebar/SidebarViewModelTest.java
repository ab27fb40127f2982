package com.genstudio.ui.sidebar;

import static org.assertj.core.api.Assertions.assertThat;

import com.genstudio.ui.fakes.FakeLibraryService;
import com.genstudio.ui.fakes.SameThreadExecutor;
import com.genstudio.ui.fakes.ScriptedDialogs;
import com.genstudio.ui.sidebar.SidebarEntry.ProjectEntry;
import org.junit.jupiter.api.Test;

class SidebarViewModelTest {
    private final FakeLibraryService library = new FakeLibraryService();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final SidebarViewModel sidebar = new SidebarViewModel(library, new SameThreadExecutor(), dialogs);

    @Test
    void aFreshInstallOpensOnTheDefaultSession() {
        sidebar.load();
        assertThat(sidebar.entries()).extracting(SidebarEntry::label).containsExactly("My first project", "Session 1");
        assertThat(sidebar.sessionProperty().get().name()).isEqualTo("Session 1");
    }

    @Test
    void createsRenamesAndDeletesASession() {
        sidebar.load();
        dialogs.answerText("Sketches");
        sidebar.newSession();
        assertThat(sidebar.sessionProperty().get().name()).isEqualTo("Sketches");

        dialogs.answerText("Final renders");
        sidebar.renameSelected();
        assertThat(sidebar.entries()).extracting(SidebarEntry::label).contains("Final renders");
        assertThat(sidebar.sessionProperty().get().name()).isEqualTo("Final renders");

        dialogs.answerConfirm(false);
        sidebar.deleteSelected();
        assertThat(sidebar.entries()).extracting(SidebarEntry::label).contains("Final renders");

        dialogs.answerConfirm(true);
        sidebar.deleteSelected();
        assertThat(sidebar.entries()).extracting(SidebarEntry::label).containsExactly("My first project", "Session 1");
        assertThat(sidebar.sessionProperty().get().name()).isEqualTo("Session 1");
    }

    @Test
    void aNewProjectStartsWithASession() {
        sidebar.load();
        dialogs.answerText("Posters");
        sidebar.newProject();
        assertThat(sidebar.entries()).extracting(SidebarEntry::label)
                .containsExactly("My first project", "Session 1", "Posters", "Session 1");
        assertThat(sidebar.selectedProperty().get().projectId())
                .isEqualTo(((ProjectEntry) sidebar.entries().get(2)).project().id());
    }

    @Test
    void cancellingTheNameDialogChangesNothing() {
        sidebar.load();
        dialogs.answerText(null);
        sidebar.newSession();
        assertThat(sidebar.entries()).hasSize(2);
    }

    @Test
    void aFailureIsShownInTheSidebar() {
        sidebar.load();
        library.deleteProject(library.projects().getFirst().id());
        dialogs.answerText("Orphan");
        sidebar.newSession();
        assertThat(sidebar.errorProperty().get()).contains("no project");
    }
}
