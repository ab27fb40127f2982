package com.genstudio.bench;

import com.genstudio.ui.Theme;
import com.genstudio.ui.common.ImageRef;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Figure 8: a gallery of {@code outputs} thumbnail files in a window the studio's size on the headless toolkit,
 * scrolled from top to bottom one viewport at a time, waiting at each page until its images have loaded (as a
 * reader would). Per page it times the scene-graph work of the scroll on the FX thread (CSS + layout, what a pulse
 * does before rendering) and a render of the window ({@code Scene.snapshot}, software pipeline). At the end the heap
 * is measured after full GCs, with the gallery still on screen.
 */
final class GalleryScenario {
    record Measured(long heapBefore, long heapAfter, Stats layout, Stats render, long nodes) {
        long own() {
            return heapAfter - heapBefore;
        }
    }

    record Result(int outputs, Measured virtualized, Measured allAtOnce) {}

    private static final long LOAD_TIMEOUT_SECONDS = 300;

    private final Path dir;
    private final int outputs;

    GalleryScenario(Path dir, int outputs) {
        this.dir = dir;
        this.outputs = outputs;
    }

    Result run() throws Exception {
        HeadlessFx.start();
        Platform.setImplicitExit(false); // the figure's windows close; later figures still need the toolkit
        fx(() -> {
            Theme.apply();
            return null;
        });
        List<ImageRef> refs = GalleryThumbnails.create(dir, outputs);
        Measured virtualized = measure(GallerySubject::virtualized, refs);
        Measured allAtOnce = measure(GallerySubject::allAtOnce, refs);
        return new Result(outputs, virtualized, allAtOnce);
    }

    private Measured measure(Function<List<ImageRef>, GallerySubject> build, List<ImageRef> refs) throws Exception {
        long before = heapAfterGc();
        GallerySubject subject = fx(() -> build.apply(refs));
        Stage stage = fx(() -> {
            var screen = Screen.getPrimary().getVisualBounds();
            Stage s = new Stage();
            s.setScene(new Scene(subject.root(), Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight())));
            s.show();
            return s;
        });
        try {
            awaitImages(subject);
            WritableImage frame = fx(() -> stage.getScene().snapshot(null));
            List<Long> layout = new ArrayList<>();
            List<Long> render = new ArrayList<>();
            while (true) {
                long[] page = fx(() -> {
                    long t0 = System.nanoTime();
                    if (!subject.nextPage()) {
                        return null;
                    }
                    subject.root().applyCss();
                    subject.root().layout();
                    long t1 = System.nanoTime();
                    stage.getScene().snapshot(frame);
                    return new long[] {t1 - t0, System.nanoTime() - t1};
                });
                if (page == null) {
                    break;
                }
                layout.add(page[0]);
                render.add(page[1]);
                awaitImages(subject);
            }
            long nodes = fx(() -> GallerySubject.nodes(subject.root()));
            return new Measured(before, heapAfterGc(), stats(layout), stats(render), nodes);
        } finally {
            fx(() -> {
                stage.hide();
                return null;
            });
        }
    }

    private static void awaitImages(GallerySubject subject) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LOAD_TIMEOUT_SECONDS);
        while (!fx(subject::imagesLoaded)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Thumbnails did not load within " + LOAD_TIMEOUT_SECONDS + " s");
            }
            Thread.sleep(2);
        }
    }

    /** Used heap after collections settle: a few full GCs, since one may leave finalizable or soft garbage. */
    static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static Stats stats(List<Long> nanos) {
        return Stats.ofNanos(nanos.isEmpty() ? new long[] {0} : nanos.stream().mapToLong(Long::longValue).toArray());
    }

    static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(LOAD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
