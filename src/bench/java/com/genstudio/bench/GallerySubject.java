package com.genstudio.bench;

import com.genstudio.ui.common.ImageRef;
import com.genstudio.ui.gallery.ThumbnailCache;
import com.genstudio.ui.gallery.ThumbnailGrid;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.TilePane;

/** A gallery the figure scrolls page by page. All methods run on the JavaFX thread. */
interface GallerySubject {
    /** GalleryView's tile size and MainWindow's thumbnail cache capacity. */
    double TILE = 160;
    int CACHE_CAPACITY = 400;

    Parent root();

    /** Scrolls one viewport height down; false when it was already at the end. */
    boolean nextPage();

    /** Whether every image now on a tile has finished loading. */
    boolean imagesLoaded();

    /** The app's virtualized grid: rows of recycled tiles in a ListView, images through the LRU cache. */
    static GallerySubject virtualized(List<ImageRef> refs) {
        ThumbnailGrid grid = new ThumbnailGrid(FXCollections.observableArrayList(refs), TILE,
                new ThumbnailCache(CACHE_CAPACITY), index -> {}, () -> {});
        return new GallerySubject() {
            public Parent root() { return grid; }

            public boolean nextPage() {
                VirtualFlow<?> flow = (VirtualFlow<?>) grid.lookup(".virtual-flow");
                return flow.scrollPixels(flow.getHeight()) > 0;
            }

            public boolean imagesLoaded() {
                return allLoaded(grid.lookupAll(".image-view").stream()
                        .map(n -> ((ImageView) n).getImage()).toList());
            }
        };
    }

    /** The baseline: an ImageView per output in a TilePane, every thumbnail loaded up front. */
    static GallerySubject allAtOnce(List<ImageRef> refs) {
        TilePane tiles = new TilePane(8, 8);
        List<Image> images = new ArrayList<>(refs.size());
        for (ImageRef ref : refs) {
            Image image = new Image(ref.thumbnailUri(), TILE, TILE, true, true, true);
            images.add(image);
            ImageView view = new ImageView(image);
            view.setFitWidth(TILE);
            view.setFitHeight(TILE);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            tiles.getChildren().add(view);
        }
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);
        return new GallerySubject() {
            public Parent root() { return scroll; }

            public boolean nextPage() {
                double viewport = scroll.getViewportBounds().getHeight();
                double scrollable = tiles.getHeight() - viewport;
                if (scroll.getVvalue() >= scroll.getVmax() || scrollable <= 0) {
                    return false;
                }
                scroll.setVvalue(Math.min(scroll.getVmax(), scroll.getVvalue() + viewport / scrollable));
                return true;
            }

            public boolean imagesLoaded() {
                return allLoaded(images);
            }
        };
    }

    private static boolean allLoaded(List<Image> images) {
        return images.stream().allMatch(i -> i == null || i.isError() || i.getProgress() >= 1);
    }

    static long nodes(Node node) {
        return 1 + (node instanceof Parent p ? p.getChildrenUnmodifiable().stream()
                .mapToLong(GallerySubject::nodes).sum() : 0);
    }
}
