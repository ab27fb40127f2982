package com.genstudio.ui.common;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Feather icons as nodes; size and colour come from the stylesheets. */
public final class Icons {
    private Icons() {}

    public static FontIcon of(Feather icon) {
        return new FontIcon(icon);
    }
}
