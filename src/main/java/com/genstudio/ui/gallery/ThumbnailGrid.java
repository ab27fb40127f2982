package com.genstudio.ui.gallery;

import com.genstudio.ui.common.ImageRef;
import com.genstudio.ui.common.Stylesheets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * A virtualized grid: a ListView whose rows each hold a fixed number of tiles, so only visible rows exist and
 * their tiles are recycled. The column count follows the width.
 */
public final class ThumbnailGrid extends StackPane {
    private static final double GAP = 8;
    private static final double PADDING = 28;

    private final ObservableList<ImageRef> images;
    private final double tileSize;
    private final ThumbnailCache cache;
    private final IntConsumer onOpen;
    private final Runnable onNearEnd;
    private final ObservableList<Row> rowItems = FXCollections.observableArrayList();
    private final ListView<Row> rows = new ListView<>(rowItems);
    private int columns = 1;

    public ThumbnailGrid(ObservableList<ImageRef> images, double tileSize, ThumbnailCache cache, IntConsumer onOpen,
                         Runnable onNearEnd) {
        this.images = images;
        this.tileSize = tileSize;
        this.cache = cache;
        this.onOpen = onOpen;
        this.onNearEnd = onNearEnd;
        getStyleClass().add("thumbnail-grid");
        Stylesheets.add(this, ThumbnailGrid.class, "gallery.css");
        rows.getStyleClass().add("thumbnail-rows");
        rows.setCellFactory(list -> new RowCell());
        rows.setFocusTraversable(false);
        getChildren().add(rows);
        images.addListener((ListChangeListener<ImageRef>) change -> rebuild());
        rows.widthProperty().subscribe(width -> {
            int fit = Math.max(1, (int) ((width.doubleValue() - PADDING) / (tileSize + GAP)));
            if (fit != columns) {
                columns = fit;
                rebuild();
            }
        });
        rebuild();
    }

    private void rebuild() {
        List<Row> built = new ArrayList<>();
        for (int start = 0; start < images.size(); start += columns) {
            built.add(new Row(start, List.copyOf(images.subList(start, Math.min(images.size(), start + columns)))));
        }
        if (!built.equals(rowItems)) {
            rowItems.setAll(built);
        }
    }

    private record Row(int start, List<ImageRef> tiles) {}

    private final class RowCell extends ListCell<Row> {
        private final HBox box = new HBox(GAP);
        private final List<ThumbnailTile> tiles = new ArrayList<>();

        RowCell() {
            getStyleClass().add("thumbnail-row");
            setPrefWidth(0);
            box.getStyleClass().add("thumbnail-row-box");
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            ensureTiles(columns);
            for (int i = 0; i < tiles.size(); i++) {
                tiles.get(i).show(i < row.tiles().size() ? row.tiles().get(i) : null, cache);
                int index = row.start() + i;
                tiles.get(i).setOnMouseClicked(e -> onOpen.accept(index));
            }
            setGraphic(box);
            if (getIndex() >= rowItems.size() - 2) {
                onNearEnd.run();
            }
        }

        private void ensureTiles(int count) {
            if (tiles.size() == count) {
                return;
            }
            tiles.clear();
            for (int i = 0; i < count; i++) {
                tiles.add(new ThumbnailTile(tileSize));
            }
            box.getChildren().setAll(tiles);
        }
    }
}
