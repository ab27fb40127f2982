package com.genstudio.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The engines this process can run, by id; the first one is the default. */
public final class EngineRegistry {
    private final Map<String, Engine> engines = new LinkedHashMap<>();

    public EngineRegistry(List<Engine> engines) {
        if (engines.isEmpty()) {
            throw new IllegalArgumentException("At least one engine is required");
        }
        engines.forEach(e -> this.engines.put(e.descriptor().id(), e));
    }

    public Optional<Engine> find(String id) {
        return Optional.ofNullable(engines.get(id));
    }

    public Engine defaultEngine() {
        return engines.values().iterator().next();
    }

    public List<EngineDescriptor> descriptors() {
        return engines.values().stream().map(Engine::descriptor).toList();
    }

    public String ids() {
        return String.join(", ", engines.keySet());
    }
}
