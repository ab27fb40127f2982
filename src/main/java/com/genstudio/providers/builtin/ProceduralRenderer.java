package com.genstudio.providers.builtin;

import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/**
 * Draws abstract pictures from a prompt without any model: the prompt's colour words choose the palette, its other
 * words place the shapes, and prompt, seed, style, size and index fully determine the pixels, so the same request
 * always gives the same PNG bytes.
 */
public final class ProceduralRenderer {

    public RenderPlan plan(RenderRequest request) {
        PromptWords words = PromptWords.of(request.prompt());
        PromptWords negative = PromptWords.of(request.negativePrompt());
        long salt = PromptWords.mix(PromptWords.mix(request.seed(), request.index()),
                PromptWords.hash(request.style().id() + "\n" + String.join(" ", words.words())));
        Palette palette = PaletteChooser.choose(words, negative, new SplittableRandom(salt));
        int width = request.size().width();
        int height = request.size().height();
        Composition composition = new Composition(width, height, palette, words, salt);
        BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        return new RenderPlan(canvas, request.style().painter().compose(composition));
    }

    /** Renders in one go, for callers that need no progress (tests, scripts). */
    public byte[] renderPng(RenderRequest request) {
        RenderPlan plan = plan(request);
        plan.paintThrough(1, 1);
        return plan.encodePng();
    }
}
