package com.genstudio.engine;

import com.genstudio.app.Studio;
import com.genstudio.app.StudioOptions;
import com.genstudio.config.AppPaths;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A second GenStudio process for multi-process tests: opens the data directory, runs workers with a fake engine
 * until no generation is active, then prints which generations it submitted to its engine. It starts its workers
 * only once the file {@code go} exists in the data directory, so that the test can start two at the same moment.
 * Args: home, steps, stepMillis, concurrency.
 */
public final class EngineChild {
    public static void main(String[] args) throws Exception {
        FakeEngine fake = new FakeEngine("fake", Integer.parseInt(args[1]), Duration.ofMillis(Long.parseLong(args[2])));
        var options = StudioOptions.defaults(new AppPaths(Path.of(args[0])))
                .withConcurrency(Integer.parseInt(args[3])).withLease(Duration.ofSeconds(3)).withEngines(List.of(fake));
        try (Studio studio = Studio.open(options)) {
            System.out.println("READY");
            System.out.flush();
            Path go = Path.of(args[0], "go");
            while (!java.nio.file.Files.exists(go)) { // start together with the other process
                Thread.sleep(20);
            }
            studio.startWorkers();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!studio.generations().active().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            for (var g : studio.generations().history(studio.library().ensureDefault().id(), null, 50).items()) {
                if (fake.submits(g.id()) > 0) {
                    System.out.println("RAN " + g.id());
                }
            }
            System.out.println("DONE");
        }
        System.exit(0);
    }
}
