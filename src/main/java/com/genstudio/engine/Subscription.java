package com.genstudio.engine;

/** Handle returned by a subscribe call; release it at the subscriber's lifecycle end. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {
    void unsubscribe();

    @Override
    default void close() {
        unsubscribe();
    }
}
