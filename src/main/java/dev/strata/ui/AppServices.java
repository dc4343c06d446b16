package dev.strata.ui;

import java.util.function.Consumer;
import javafx.util.Duration;

/**
 * What a window needs from the world outside it: where user files live, how to ask for a file,
 * where file work runs, how soon after a change a recovery copy is written, and how to open a
 * website in the browser.
 */
public record AppServices(UserFiles userFiles, FileDialogs fileDialogs, BackgroundWork work, Duration recoveryDelay,
        Consumer<String> openWebsite) {

    /** A few seconds after the last change, as people expect from desktop editors. */
    public static final Duration RECOVERY_DELAY = Duration.seconds(3);

    /**
     * @param openWebsite opens an address in the system browser (the application's host services)
     */
    public static AppServices standard(Consumer<String> openWebsite) {
        return new AppServices(UserFiles.standard(), new SystemFileDialogs(), new BackgroundWork(), RECOVERY_DELAY,
                openWebsite);
    }
}
