package com.genstudio.engine;

import java.util.List;
import java.util.Optional;

/**
 * What the composer shows in its engine/model picker. {@code offline} engines need no key and no network.
 */
public record EngineDescriptor(String id, String displayName, String description, boolean offline,
                               List<ModelDescriptor> models) {
    public EngineDescriptor {
        models = List.copyOf(models);
    }

    public Optional<ModelDescriptor> model(String modelId) {
        return models.stream().filter(m -> m.id().equals(modelId)).findFirst();
    }

    public ModelDescriptor defaultModel() {
        return models.getFirst();
    }

    @Override
    public String toString() {
        return displayName;
    }
}
