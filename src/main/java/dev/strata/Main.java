package dev.strata;

import dev.strata.cli.Cli;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;

/**
 * The entry point: a headless command when the first argument names one, the desktop app
 * otherwise. Not an {@link Application} itself, so that it starts from a plain class path.
 */
public final class Main {

    /**
     * JavaFX warns once that it runs from the class path. That is this app's deliberate set-up
     * (docs/decisions/0001-class-path-application.md), so the warning is not shown to users.
     * Held here because the logging framework keeps loggers only weakly.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private Main() {
    }

    /** On Linux, JavaFX needs an X11 or Wayland display unless a headless platform is chosen. */
    private static boolean noDisplay() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        return linux && System.getProperty("glass.platform") == null
                && isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public static void main(String[] args) {
        JAVAFX_LOG.setLevel(Level.SEVERE);
        if (Cli.isCommandLine(args)) {
            System.exit(new Cli(System.out, System.err).run(args));
        }
        if (noDisplay()) {
            System.err.println("strata: there is no display to open a window on (DISPLAY is not set); "
                    + "the commands validate, format, import and export work without one (strata --help)");
            System.exit(Cli.FAILED);
        }
        Application.launch(StrataApp.class, args);
    }
}
