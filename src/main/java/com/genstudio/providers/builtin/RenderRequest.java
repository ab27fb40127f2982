package com.genstudio.providers.builtin;

import com.genstudio.domain.ImageSize;

/** One image to draw; {@code index} tells apart the images of one job, which share prompt and seed. */
public record RenderRequest(String prompt, String negativePrompt, BuiltinStyle style, ImageSize size, long seed,
                            int index) {
    public RenderRequest {
        prompt = prompt == null ? "" : prompt;
        negativePrompt = negativePrompt == null ? "" : negativePrompt;
        if (style == null) {
            throw new IllegalArgumentException("A style is required");
        }
        if (size == null || !size.withinLimits()) {
            throw new IllegalArgumentException("Image size must be " + ImageSize.MIN_SIDE + ".." + ImageSize.MAX_SIDE
                    + " pixels per side, got " + size);
        }
        if (index < 0) {
            throw new IllegalArgumentException("Image index must be 0 or more, got " + index);
        }
    }
}
