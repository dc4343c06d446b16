package dev.strata.cli;

import dev.strata.ui.FxThread;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Runs JavaFX work from the command line without a display: the toolkit starts on Monocle's
 * headless platform with software rendering, unless a JavaFX toolkit already runs.
 */
final class HeadlessFx {

    private HeadlessFx() {
    }

    /** Runs {@code work} on the JavaFX thread and returns its result. */
    static <T> T call(Supplier<T> work) throws ExecutionException, TimeoutException, InterruptedException {
        start();
        return FxThread.call(work);
    }

    /** Starts the toolkit, headless unless told otherwise, if none runs yet. */
    static void start() {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("java.awt.headless", "true");
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // a toolkit runs already (the desktop app, or a test): use it
        }
        Platform.setImplicitExit(false);
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
