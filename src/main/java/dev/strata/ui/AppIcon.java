package dev.strata.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The application icon (four stacked bands) in the sizes window managers ask for. */
final class AppIcon {

    static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private AppIcon() {
    }

    static void applyTo(Stage stage) {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = AppIcon.class.getResourceAsStream("icons/strata-" + size + ".png")) {
                if (in == null) {
                    throw new IllegalStateException("missing icon icons/strata-" + size + ".png");
                }
                icons.add(new Image(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        stage.getIcons().setAll(icons);
    }
}
