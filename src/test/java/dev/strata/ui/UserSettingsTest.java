package dev.strata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserSettingsTest {

    @TempDir
    Path home;

    @Test
    void themeWindowPlaceAndSidePanelSurviveARestart() {
        Path store = home.resolve("settings.properties");
        UserSettings first = new UserSettings(store, Runnable::run);
        assertThat(first.theme()).isEqualTo(Theme.LIGHT);
        assertThat(first.windowBounds()).isEmpty();
        assertThat(first.sidePanelShown()).isTrue();
        first.setTheme(Theme.DARK);
        first.setSidePanelShown(false);
        first.setWindow(new Rectangle2D(40, 30, 1100, 700), true);

        UserSettings next = new UserSettings(store, Runnable::run);
        assertThat(next.theme()).isEqualTo(Theme.DARK);
        assertThat(next.windowBounds()).contains(new Rectangle2D(40, 30, 1100, 700));
        assertThat(next.windowMaximized()).isTrue();
        assertThat(next.sidePanelShown()).isFalse();
    }

    @Test
    void garbageInTheFileIsIgnored() throws IOException {
        Path store = Files.writeString(home.resolve("settings.properties"),
                "theme=purple\nwindow=1,2,nope,4\n\\u00zz broken escape\n");
        UserSettings settings = new UserSettings(store, Runnable::run);
        assertThat(settings.theme()).isEqualTo(Theme.LIGHT);
        assertThat(settings.windowBounds()).isEmpty();
    }

    @Test
    void aWindowTooSmallToUseIsNotRestored() {
        Path store = home.resolve("settings.properties");
        new UserSettings(store, Runnable::run).setWindow(new Rectangle2D(0, 0, 20, 10), false);
        assertThat(new UserSettings(store, Runnable::run).windowBounds()).isEmpty();
    }
}
