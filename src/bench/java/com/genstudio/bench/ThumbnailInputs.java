package com.genstudio.bench;

import com.genstudio.domain.ImageSize;
import com.genstudio.providers.builtin.BuiltinStyle;
import com.genstudio.providers.builtin.ProceduralRenderer;
import com.genstudio.providers.builtin.RenderRequest;

/** The thumbnail figure's input: a detailed 1024×1024 PNG from the built-in engine, the app's own kind of output. */
final class ThumbnailInputs {
    private ThumbnailInputs() {}

    static byte[] png1024() {
        return new ProceduralRenderer().renderPng(new RenderRequest("a river of light through a dark forest", "",
                BuiltinStyle.FLOW, new ImageSize(1024, 1024), 1234, 0));
    }
}
