package dev.strata.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.geometry.Rectangle2D;

/**
 * What Strata remembers between runs besides recent files: the theme, where the window was
 * and whether its side panel is shown. A small properties file; anything unreadable in it is
 * ignored, never an error.
 */
final class UserSettings {

    private static final Logger LOG = Logger.getLogger(UserSettings.class.getName());
    private static final String THEME = "theme";
    private static final String WINDOW = "window";
    private static final String MAXIMIZED = "window.maximized";
    private static final String SIDE_PANEL = "side-panel";

    private final Path store;
    private final Executor background;
    private final Properties values = new Properties();

    UserSettings(Path store, Executor background) {
        this.store = store;
        this.background = background;
        if (Files.isRegularFile(store)) {
            try (Reader in = Files.newBufferedReader(store, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
                LOG.warning(() -> "ignoring unreadable settings in " + store + ": " + e.getMessage());
            }
        }
    }

    Theme theme() {
        return Theme.fromKey(values.getProperty(THEME, "")).orElse(Theme.LIGHT);
    }

    void setTheme(Theme theme) {
        values.setProperty(THEME, theme.key());
        persist();
    }

    /** Whether the panel beside the stack (details, insights) is shown; it is unless hidden by the user. */
    boolean sidePanelShown() {
        return !"hidden".equals(values.getProperty(SIDE_PANEL));
    }

    void setSidePanelShown(boolean shown) {
        values.setProperty(SIDE_PANEL, shown ? "shown" : "hidden");
        persist();
    }

    /** Where the window was (x, y, width, height), if remembered and sane. */
    Optional<Rectangle2D> windowBounds() {
        String[] parts = values.getProperty(WINDOW, "").split(",");
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            double x = Double.parseDouble(parts[0]);
            double y = Double.parseDouble(parts[1]);
            double width = Double.parseDouble(parts[2]);
            double height = Double.parseDouble(parts[3]);
            return width >= 200 && height >= 150 && Double.isFinite(x + y + width + height)
                    ? Optional.of(new Rectangle2D(x, y, width, height))
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    boolean windowMaximized() {
        return Boolean.parseBoolean(values.getProperty(MAXIMIZED, "false"));
    }

    void setWindow(Rectangle2D bounds, boolean maximized) {
        values.setProperty(WINDOW, bounds.getMinX() + "," + bounds.getMinY() + "," + bounds.getWidth() + ","
                + bounds.getHeight());
        values.setProperty(MAXIMIZED, Boolean.toString(maximized));
        persist();
    }

    private void persist() {
        StringWriter text = new StringWriter();
        try {
            values.store(text, "Strata settings");
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        String content = text.toString();
        background.execute(() -> {
            try {
                Files.createDirectories(store.getParent());
                Files.writeString(store, content, StandardCharsets.UTF_8);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot remember settings in " + store, e);
            }
        });
    }
}
