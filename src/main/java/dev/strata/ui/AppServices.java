package dev.strata.ui;

import javafx.util.Duration;

/**
 * What a window needs from the world outside it: where user files live, how to ask for a file,
 * where file work runs, and how soon after a change a recovery copy is written.
 */
public record AppServices(UserFiles userFiles, FileDialogs fileDialogs, BackgroundWork work, Duration recoveryDelay) {

    /** A few seconds after the last change, as people expect from desktop editors. */
    public static final Duration RECOVERY_DELAY = Duration.seconds(3);

    public static AppServices standard() {
        return new AppServices(UserFiles.standard(), new SystemFileDialogs(), new BackgroundWork(), RECOVERY_DELAY);
    }
}
