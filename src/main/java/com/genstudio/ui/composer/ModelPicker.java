package com.genstudio.ui.composer;

import com.genstudio.engine.EngineDescriptor;
import com.genstudio.engine.ModelDescriptor;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Engine and model choice: picking an engine offers its models and selects its default one. */
public final class ModelPicker {
    private final ObservableList<EngineDescriptor> engines = FXCollections.observableArrayList();
    private final ObservableList<ModelDescriptor> models = FXCollections.observableArrayList();
    private final ObjectProperty<EngineDescriptor> engine = new SimpleObjectProperty<>();
    private final ObjectProperty<ModelDescriptor> model = new SimpleObjectProperty<>();
    private final StringBinding description = Bindings.createStringBinding(this::describe, engine, model);

    public ModelPicker() {
        engine.subscribe(this::engineChanged);
    }

    void setEngines(List<EngineDescriptor> list) {
        engines.setAll(list);
        if (!list.isEmpty() && (engine.get() == null || !list.contains(engine.get()))) {
            engine.set(list.getFirst());
        }
    }

    private void engineChanged(EngineDescriptor selected) {
        if (selected == null) {
            models.clear();
            return;
        }
        models.setAll(selected.models());
        model.set(selected.models().isEmpty() ? null : selected.defaultModel());
    }

    private String describe() {
        EngineDescriptor e = engine.get();
        if (e == null) {
            return "";
        }
        String text = e.description() + (e.offline() ? " Works offline, no API key needed." : "");
        ModelDescriptor m = model.get();
        return m == null || m.description() == null || m.description().isBlank() ? text : text + "\n" + m.description();
    }

    public ObservableList<EngineDescriptor> engines() { return engines; }

    public ObservableList<ModelDescriptor> models() { return models; }

    public ObjectProperty<EngineDescriptor> engineProperty() { return engine; }

    public ObjectProperty<ModelDescriptor> modelProperty() { return model; }

    /** The chosen engine's description (the builtin one says it is an offline procedural renderer). */
    public StringBinding description() { return description; }
}
