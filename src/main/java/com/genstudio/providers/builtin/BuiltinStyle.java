package com.genstudio.providers.builtin;

import com.genstudio.engine.ModelDescriptor;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/** The built-in engine's "models": drawing styles. The first is the default. */
public enum BuiltinStyle {
    ABSTRACT("abstract", "Abstract", "Soft glowing orbs, silky ribbons and bright dots", AbstractPainter::new),
    FLOW("flow", "Flow field", "Thousands of thin strokes following a wind-like current", FlowPainter::new),
    GEOMETRIC("geometric", "Geometric", "Bauhaus-style grid of circles, arcs, triangles and stripes",
            GeometricPainter::new);

    private final String id;
    private final String displayName;
    private final String description;
    private final Supplier<StylePainter> painter;

    BuiltinStyle(String id, String displayName, String description, Supplier<StylePainter> painter) {
        this.id = id;
        this.displayName = displayName;
        this.description = description;
        this.painter = painter;
    }

    public String id() {
        return id;
    }

    public ModelDescriptor descriptor() {
        return new ModelDescriptor(id, displayName, description);
    }

    StylePainter painter() {
        return painter.get();
    }

    public static Optional<BuiltinStyle> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
