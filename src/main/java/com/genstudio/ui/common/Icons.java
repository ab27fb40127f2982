package com.genstudio.ui.common;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Feather icons at the sizes the studio uses. */
public final class Icons {
    private Icons() {}

    public static FontIcon of(Feather icon) {
        return new FontIcon(icon);
    }

    public static FontIcon large(Feather icon) {
        FontIcon node = new FontIcon(icon);
        node.getStyleClass().add("icon-large");
        return node;
    }
}
