package com.genstudio.ui.common;

import java.util.Optional;

/** Questions the UI asks the user; view-models go through this so tests can script the answers. */
public interface DialogService {

    boolean confirm(String title, String message);

    /** Empty when the user cancels. */
    Optional<String> askText(String title, String label, String initialValue);

    void showError(String title, String message);

    void showInfo(String title, String message);
}
