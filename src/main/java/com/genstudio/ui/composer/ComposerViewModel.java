package com.genstudio.ui.composer;

import com.genstudio.domain.AspectRatio;
import com.genstudio.domain.Generation;
import com.genstudio.engine.EngineDescriptor;
import com.genstudio.engine.Field;
import com.genstudio.engine.GenerationService;
import com.genstudio.engine.ModelDescriptor;
import com.genstudio.engine.RequestDraft;
import com.genstudio.engine.ValidationException;
import com.genstudio.ui.common.BackgroundExecutor;
import com.genstudio.ui.common.Errors;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The request form. Inputs are plain writable properties the view binds both ways; the service parses them, so the
 * composer shows the same per-field messages as the CLI. Submitting never blocks: it runs in the background.
 */
public final class ComposerViewModel {
    public static final List<Integer> LONG_SIDES = List.of(512, 768, 1024, 1536, 2048);
    public static final List<Integer> COUNTS = List.of(1, 2, 3, 4);

    private final GenerationService generations;
    private final BackgroundExecutor background;
    private final StringProperty prompt = new SimpleStringProperty("");
    private final StringProperty negativePrompt = new SimpleStringProperty("");
    private final ObjectProperty<Integer> count = new SimpleObjectProperty<>(1);
    private final ObjectProperty<AspectRatio> aspect = new SimpleObjectProperty<>(AspectRatio.SQUARE);
    private final ObjectProperty<Integer> longSide = new SimpleObjectProperty<>(1024);
    private final StringProperty seed = new SimpleStringProperty("");
    private final ModelPicker picker = new ModelPicker();
    private final Map<Field, ReadOnlyStringWrapper> fieldErrors = new EnumMap<>(Field.class);
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper submitting = new ReadOnlyIntegerWrapper();
    private long sessionId = -1;
    private Consumer<Generation> onSubmitted = g -> {};

    public ComposerViewModel(GenerationService generations, BackgroundExecutor background) {
        this.generations = generations;
        this.background = background;
        for (Field field : Field.values()) {
            fieldErrors.put(field, new ReadOnlyStringWrapper(""));
        }
    }

    /** Fetches the engine list in the background. */
    public void loadEngines() {
        background.submit(generations::engines, picker::setEngines,
                failure -> formError.set("Could not list engines: " + Errors.message(failure)));
    }

    public void generate() {
        clearErrors();
        RequestDraft draft = draft();
        submitting.set(submitting.get() + 1);
        background.submit(() -> generations.submit(generations.parse(draft)), this::submitted, this::failed);
    }

    RequestDraft draft() {
        EngineDescriptor engine = picker.engineProperty().get();
        ModelDescriptor model = picker.modelProperty().get();
        return new RequestDraft(sessionId, prompt.get(), negativePrompt.get(),
                engine == null ? "" : engine.id(), model == null ? "" : model.id(),
                String.valueOf(count.get()), "", aspect.get().label(), String.valueOf(longSide.get()),
                seed.get() == null ? "" : seed.get().trim());
    }

    private void submitted(Generation generation) {
        submitting.set(submitting.get() - 1);
        onSubmitted.accept(generation);
    }

    private void failed(Throwable failure) {
        submitting.set(submitting.get() - 1);
        if (failure instanceof ValidationException invalid) {
            invalid.errors().forEach((field, text) -> fieldErrors.get(field).set(text));
            String sessionError = invalid.errors().get(Field.SESSION);
            if (sessionError != null) {
                formError.set(sessionError);
            }
        } else {
            formError.set("Could not submit: " + Errors.message(failure));
        }
    }

    private void clearErrors() {
        fieldErrors.values().forEach(e -> e.set(""));
        formError.set("");
    }

    public void setSession(long id) {
        sessionId = id;
    }

    public void setOnSubmitted(Consumer<Generation> listener) {
        this.onSubmitted = listener;
    }

    public ReadOnlyStringProperty errorFor(Field field) {
        return fieldErrors.get(field).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() { return formError.getReadOnlyProperty(); }

    /** How many submissions are on their way; the view shows a hint, the button stays enabled. */
    public ReadOnlyIntegerProperty submittingProperty() { return submitting.getReadOnlyProperty(); }

    public StringProperty promptProperty() { return prompt; }

    public StringProperty negativePromptProperty() { return negativePrompt; }

    public ObjectProperty<Integer> countProperty() { return count; }

    public ObjectProperty<AspectRatio> aspectProperty() { return aspect; }

    public ObjectProperty<Integer> longSideProperty() { return longSide; }

    public StringProperty seedProperty() { return seed; }

    public ModelPicker picker() { return picker; }

    public ObservableList<AspectRatio> aspects() {
        return FXCollections.observableArrayList(AspectRatio.values());
    }
}
