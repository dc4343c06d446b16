package dev.strata.ui;

import java.net.URL;
import javafx.scene.Scene;

/** The application stylesheet, applied to every scene Strata shows. */
public final class Theme {

    private static final String STYLESHEET = "strata.css";

    private Theme() {
    }

    public static void apply(Scene scene) {
        URL css = Theme.class.getResource(STYLESHEET);
        if (css == null) {
            throw new IllegalStateException("missing stylesheet " + STYLESHEET);
        }
        if (!scene.getStylesheets().contains(css.toExternalForm())) {
            scene.getStylesheets().add(css.toExternalForm());
        }
    }
}
