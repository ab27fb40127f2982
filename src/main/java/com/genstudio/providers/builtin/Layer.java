package com.genstudio.providers.builtin;

import java.awt.Graphics2D;

/** One drawing operation of a composition; the renderer spreads layers over its steps like a sampler's passes. */
@FunctionalInterface
interface Layer {
    void paint(Graphics2D g);
}
