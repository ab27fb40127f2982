package com.genstudio.ui.common;

import java.net.URL;
import java.util.Objects;
import javafx.scene.Parent;

/** Each feature keeps its stylesheet beside its classes (same package under resources). */
public final class Stylesheets {
    private Stylesheets() {}

    public static void add(Parent node, Class<?> feature, String fileName) {
        URL url = Objects.requireNonNull(feature.getResource(fileName), () -> "missing stylesheet " + fileName);
        node.getStylesheets().add(url.toExternalForm());
    }
}
