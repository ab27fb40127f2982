package com.genstudio.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.genstudio.domain.GenerationParameters;

/** Generation parameters as the JSON text kept in {@code generations.parameters}. */
final class ParametersJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ParametersJson() {}

    static String write(GenerationParameters parameters) {
        try {
            return MAPPER.writeValueAsString(parameters);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Parameters cannot be stored as JSON: " + e.getMessage(), e);
        }
    }

    static GenerationParameters read(String json) {
        try {
            return MAPPER.readValue(json, GenerationParameters.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("Stored parameters are not valid JSON: " + e.getOriginalMessage());
        }
    }
}
