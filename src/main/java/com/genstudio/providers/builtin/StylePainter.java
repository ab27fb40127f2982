package com.genstudio.providers.builtin;

import java.util.List;

/** Turns a composition (size, palette, words, randomness) into the ordered layers of one style. */
interface StylePainter {
    List<Layer> compose(Composition c);
}
