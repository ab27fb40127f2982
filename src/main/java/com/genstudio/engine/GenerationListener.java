package com.genstudio.engine;

/** Called on the publishing (background) thread; must return quickly and never block. */
@FunctionalInterface
public interface GenerationListener {
    void onEvent(GenerationEvent event);
}
