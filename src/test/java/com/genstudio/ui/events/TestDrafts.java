package com.genstudio.ui.events;

import com.genstudio.engine.RequestDraft;

final class TestDrafts {
    private TestDrafts() {}

    static RequestDraft prompt(String prompt) {
        return new RequestDraft(1, prompt, "", "builtin", "noise", "1", "", "1:1", "512", "");
    }
}
