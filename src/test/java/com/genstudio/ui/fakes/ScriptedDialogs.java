package com.genstudio.ui.fakes;

import com.genstudio.ui.common.DialogService;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers dialogs from a script and records what was asked. Thread-safe enough for TestFX (FX thread only). */
public final class ScriptedDialogs implements DialogService {
    private final Deque<Object> answers = new ArrayDeque<>();
    private final List<String> asked = new ArrayList<>();

    public synchronized ScriptedDialogs answerText(String text) {
        answers.add(Optional.ofNullable(text));
        return this;
    }

    public synchronized ScriptedDialogs answerConfirm(boolean yes) {
        answers.add(yes);
        return this;
    }

    public synchronized List<String> asked() {
        return List.copyOf(asked);
    }

    @Override
    public synchronized boolean confirm(String title, String message) {
        asked.add("confirm: " + message);
        return (Boolean) next(title);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized Optional<String> askText(String title, String label, String initialValue) {
        asked.add("text: " + title);
        return (Optional<String>) next(title);
    }

    @Override
    public synchronized void showError(String title, String message) {
        asked.add("error: " + message);
    }

    @Override
    public synchronized void showInfo(String title, String message) {
        asked.add("info: " + title);
    }

    private Object next(String title) {
        if (answers.isEmpty()) {
            throw new IllegalStateException("no scripted answer for dialog " + title);
        }
        return answers.poll();
    }
}
