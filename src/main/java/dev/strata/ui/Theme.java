package dev.strata.ui;

import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Strata's two looks. Both share {@code strata.css} and the icon shapes of {@code icons.css};
 * the dark one adds {@code strata-dark.css}, which only swaps the colour tokens.
 */
public enum Theme {
    LIGHT(List.of("strata.css", "icons.css")),
    DARK(List.of("strata.css", "icons.css", "strata-dark.css"));

    private final List<String> stylesheets;

    Theme(List<String> stylesheets) {
        this.stylesheets = stylesheets;
    }

    /** The stylesheets of this theme, in the order they apply. */
    public List<String> stylesheets() {
        return stylesheets.stream().map(Theme::url).toList();
    }

    /** Gives {@code scene} this theme's look, replacing the other theme's. */
    public void applyTo(Scene scene) {
        for (Theme other : values()) {
            scene.getStylesheets().removeAll(other.stylesheets());
        }
        scene.getStylesheets().addAll(stylesheets());
    }

    /** The word used in settings: {@code light}, {@code dark}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Theme> fromKey(String key) {
        for (Theme theme : values()) {
            if (theme.key().equals(key)) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }

    /** The theme a scene shows. */
    public static Theme of(Scene scene) {
        return scene != null && scene.getStylesheets().containsAll(DARK.stylesheets()) ? DARK : LIGHT;
    }

    /** Gives a dialog's scene the theme of the window it belongs to. */
    static void matchOwner(Window owner, Scene dialog) {
        of(owner == null ? null : owner.getScene()).applyTo(dialog);
    }

    private static String url(String name) {
        URL css = Theme.class.getResource(name);
        if (css == null) {
            throw new IllegalStateException("missing stylesheet " + name);
        }
        return css.toExternalForm();
    }
}
