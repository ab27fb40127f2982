package com.genstudio.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Starts the JavaFX toolkit once per JVM on Monocle's headless platform with the software renderer. */
final class HeadlessFx {
    private HeadlessFx() {}

    static synchronized void start() throws InterruptedException {
        System.setProperty("glass.platform", System.getProperty("glass.platform", "Monocle"));
        System.setProperty("monocle.platform", System.getProperty("monocle.platform", "Headless"));
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        System.setProperty("prism.text", System.getProperty("prism.text", "t2k"));
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            return; // another user in this JVM (a UI test) started it
        }
        if (!started.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The JavaFX toolkit did not start");
        }
    }
}
