package com.genstudio.ui;

import atlantafx.base.theme.PrimerDark;
import javafx.application.Application;

/** The look of the whole application (AtlantaFX Primer Dark); feature stylesheets add to it. */
public final class Theme {
    private Theme() {}

    public static void apply() {
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
    }
}
