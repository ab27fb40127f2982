package com.genstudio.engine;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A request was refused before anything was stored; one message per offending field. */
public class ValidationException extends RuntimeException {
    private final Map<Field, String> errors;

    public ValidationException(Map<Field, String> errors) {
        super(errors.values().stream().collect(Collectors.joining("; ")));
        this.errors = Collections.unmodifiableMap(new EnumMap<>(errors));
    }

    public static ValidationException of(Field field, String message) {
        return new ValidationException(Map.of(field, message));
    }

    public Map<Field, String> errors() {
        return errors;
    }
}
