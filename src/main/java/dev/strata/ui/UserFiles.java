package dev.strata.ui;

import java.nio.file.Path;

/**
 * Where Strata keeps what it remembers for the user: settings, recent files and recovery copies. The
 * folder is {@code ~/.strata}, or the {@code strata.home} system property (tests use that).
 */
public record UserFiles(Path home) {

    public static UserFiles standard() {
        String configured = System.getProperty("strata.home");
        return new UserFiles(configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".strata"));
    }

    Path recentFiles() {
        return home.resolve("recent-files.txt");
    }

    Path settings() {
        return home.resolve("settings.properties");
    }

    Path recoveryFolder() {
        return home.resolve("recovery");
    }
}
