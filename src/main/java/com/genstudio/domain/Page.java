package com.genstudio.domain;

import java.util.List;

/** One page of a keyset-paginated listing; {@code nextCursor} is opaque to callers and null on the last page. */
public record Page<T>(List<T> items, boolean hasMore, String nextCursor) {
    public Page {
        items = List.copyOf(items);
    }
}
