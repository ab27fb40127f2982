package com.genstudio.ui.sidebar;

import atlantafx.base.theme.Styles;
import com.genstudio.ui.common.Icons;
import com.genstudio.ui.common.Stylesheets;
import com.genstudio.ui.sidebar.SidebarEntry.ProjectEntry;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Projects with their sessions, and the buttons that change them. */
public final class SidebarView extends VBox {
    private final SidebarViewModel model;
    private final ListView<SidebarEntry> list;

    public SidebarView(SidebarViewModel model) {
        this.model = model;
        getStyleClass().add("sidebar");
        Stylesheets.add(this, SidebarView.class, "sidebar.css");
        list = new ListView<>(model.entries());
        list.setId("sidebar-list");
        list.getStyleClass().add("sidebar-list");
        list.setCellFactory(l -> new EntryCell());
        list.setContextMenu(contextMenu());
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().subscribe(entry -> {
            if (entry != null && entry != model.selectedProperty().get()) {
                model.select(entry);
            }
        });
        model.selectedProperty().subscribe(entry -> {
            if (entry != null && list.getSelectionModel().getSelectedItem() != entry) {
                list.getSelectionModel().select(entry);
            }
        });
        Label error = new Label();
        error.getStyleClass().addAll("field-error", Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.setWrapText(true);
        getChildren().addAll(header(), list, error);
    }

    private HBox header() {
        Label title = new Label("Library");
        title.getStyleClass().addAll(Styles.TEXT_CAPTION, "sidebar-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(2, title, spacer,
                button("sidebar-new-project", Feather.FOLDER_PLUS, "New project", model::newProject),
                button("sidebar-new-session", Feather.PLUS, "New session (Ctrl+N)", model::newSession),
                button("sidebar-rename", Feather.EDIT_2, "Rename", model::renameSelected),
                button("sidebar-delete", Feather.TRASH_2, "Delete", model::deleteSelected));
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("sidebar-header");
        return box;
    }

    private static Button button(String id, Feather icon, String tip, Runnable action) {
        Button b = new Button(null, Icons.of(icon));
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private ContextMenu contextMenu() {
        MenuItem newSession = new MenuItem("New session", Icons.of(Feather.PLUS));
        newSession.setOnAction(e -> model.newSession());
        MenuItem rename = new MenuItem("Rename…", Icons.of(Feather.EDIT_2));
        rename.setOnAction(e -> model.renameSelected());
        MenuItem delete = new MenuItem("Delete…", Icons.of(Feather.TRASH_2));
        delete.setOnAction(e -> model.deleteSelected());
        return new ContextMenu(newSession, rename, delete);
    }

    private static final class EntryCell extends ListCell<SidebarEntry> {
        private final Label label = new Label();

        @Override
        protected void updateItem(SidebarEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll("project-row", "session-row");
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            boolean project = entry instanceof ProjectEntry;
            getStyleClass().add(project ? "project-row" : "session-row");
            label.setText(entry.label());
            label.setGraphic(Icons.of(project ? Feather.FOLDER : Feather.MESSAGE_SQUARE));
            setGraphic(label);
        }
    }
}
