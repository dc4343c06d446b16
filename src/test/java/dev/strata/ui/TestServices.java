package dev.strata.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.util.function.Consumer;
import javafx.util.Duration;

/**
 * What a test's window runs with: settings and recovery copies in a throw-away home, file
 * dialogs that answer nothing, a recovery copy only after half a minute of quiet.
 */
final class TestServices {

    private TestServices() {
    }

    static AppServices inTempHome() throws IOException {
        return inTempHome(address -> { });
    }

    /** @param openWebsite what the window does when asked to open a vendor's web address */
    static AppServices inTempHome(Consumer<String> openWebsite) throws IOException {
        return new AppServices(new UserFiles(Files.createTempDirectory("strata-home")), new FakeFileDialogs(),
                new BackgroundWork(), Duration.seconds(30), openWebsite);
    }
}
