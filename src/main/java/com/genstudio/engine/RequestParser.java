package com.genstudio.engine;

import com.genstudio.domain.AspectRatio;
import com.genstudio.domain.GenerationRequest;
import com.genstudio.domain.ImageSize;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Typed input to a checked {@link GenerationRequest}. The composer and the CLI both come through here, so a bad value
 * gets the same message in both. Every field is checked and all problems are reported together.
 */
public final class RequestParser {
    public static final int MAX_PROMPT = 10_000;
    public static final int MIN_COUNT = 1;
    public static final int MAX_COUNT = 4;
    public static final int DEFAULT_LONG_SIDE = 1024;

    private final EngineRegistry engines;

    public RequestParser(EngineRegistry engines) {
        this.engines = engines;
    }

    public GenerationRequest parse(RequestDraft d) {
        Map<Field, String> errors = new EnumMap<>(Field.class);
        int count = parseCount(d.count(), errors);
        ImageSize size = parseSize(d, errors);
        Long seed = parseSeed(d.seed(), errors);
        String engineId = blank(d.engineId()) ? engines.defaultEngine().descriptor().id() : d.engineId().trim();
        String modelId = blank(d.modelId()) ? null : d.modelId().trim();
        var request = new GenerationRequest(d.sessionId(), d.prompt() == null ? "" : d.prompt(), d.negativePrompt(),
                engineId, modelId, count, size, seed, Map.of());
        errors.putAll(problems(request));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return withDefaultModel(request);
    }

    /** Checks a request built in code; throws with per-field messages. Returns it with its model filled in. */
    public GenerationRequest validate(GenerationRequest request) {
        Map<Field, String> errors = problems(request);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return withDefaultModel(request);
    }

    private Map<Field, String> problems(GenerationRequest r) {
        Map<Field, String> errors = new EnumMap<>(Field.class);
        if (r.prompt() == null || r.prompt().isBlank()) {
            errors.put(Field.PROMPT, "Prompt is empty: describe what to generate");
        } else if (r.prompt().length() > MAX_PROMPT) {
            errors.put(Field.PROMPT, "Prompt is too long: %,d characters, at most %,d".formatted(r.prompt().length(), MAX_PROMPT));
        }
        if (r.negativePrompt().length() > MAX_PROMPT) {
            errors.put(Field.NEGATIVE_PROMPT, "Negative prompt is too long: at most %,d characters".formatted(MAX_PROMPT));
        }
        if (r.count() < MIN_COUNT || r.count() > MAX_COUNT) {
            errors.putIfAbsent(Field.COUNT, "Count must be from 1 to 4 (got " + r.count() + ")");
        }
        if (r.size() == null) {
            errors.putIfAbsent(Field.SIZE, "Size is required, for example 1024x1024");
        } else if (!r.size().withinLimits()) {
            errors.putIfAbsent(Field.SIZE, "Size %s is out of range: each side must be %d–%d px"
                    .formatted(r.size(), ImageSize.MIN_SIDE, ImageSize.MAX_SIDE));
        }
        if (r.seed() != null && r.seed() < 0) {
            errors.putIfAbsent(Field.SEED, "Seed must be zero or a positive whole number");
        }
        checkEngineAndModel(r, errors);
        return errors;
    }

    private void checkEngineAndModel(GenerationRequest r, Map<Field, String> errors) {
        var engine = engines.find(r.engineId());
        if (engine.isEmpty()) {
            errors.put(Field.ENGINE, "Unknown engine '%s'. Available: %s".formatted(r.engineId(), engines.ids()));
            return;
        }
        EngineDescriptor d = engine.get().descriptor();
        if (r.modelId() != null && d.model(r.modelId()).isEmpty()) {
            String ids = d.models().stream().map(ModelDescriptor::id).collect(Collectors.joining(", "));
            errors.put(Field.MODEL, "Unknown model '%s' for engine %s. Available: %s".formatted(r.modelId(), d.id(), ids));
        }
    }

    private GenerationRequest withDefaultModel(GenerationRequest r) {
        if (r.modelId() != null) {
            return r;
        }
        String model = engines.find(r.engineId()).orElseThrow().descriptor().defaultModel().id();
        return new GenerationRequest(r.sessionId(), r.prompt(), r.negativePrompt(), r.engineId(), model, r.count(),
                r.size(), r.seed(), r.extraParameters());
    }

    private static int parseCount(String text, Map<Field, String> errors) {
        if (blank(text)) {
            return 1;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            errors.put(Field.COUNT, "Count must be a whole number from 1 to 4 (got '" + text.trim() + "')");
            return 1;
        }
    }

    private static ImageSize parseSize(RequestDraft d, Map<Field, String> errors) {
        if (!blank(d.size())) {
            return ImageSize.parse(d.size()).orElseGet(() -> {
                errors.put(Field.SIZE, "Size must look like 1024x768 (got '" + d.size().trim() + "')");
                return null;
            });
        }
        AspectRatio aspect = blank(d.aspect()) ? AspectRatio.SQUARE : AspectRatio.parse(d.aspect()).orElse(null);
        if (aspect == null) {
            String all = Arrays.stream(AspectRatio.values()).map(AspectRatio::label).collect(Collectors.joining(", "));
            errors.put(Field.SIZE, "Aspect ratio must be one of " + all + " (got '" + d.aspect().trim() + "')");
            return null;
        }
        try {
            int longSide = blank(d.longSide()) ? DEFAULT_LONG_SIDE : Integer.parseInt(d.longSide().trim());
            return aspect.sizeForLongSide(longSide);
        } catch (NumberFormatException e) {
            errors.put(Field.SIZE, "Size must be a whole number of pixels (got '" + d.longSide().trim() + "')");
            return null;
        }
    }

    private static Long parseSeed(String text, Map<Field, String> errors) {
        if (blank(text)) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            errors.put(Field.SEED, "Seed must be a whole number, or blank for random (got '" + text.trim() + "')");
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
