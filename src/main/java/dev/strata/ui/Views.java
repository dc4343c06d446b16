package dev.strata.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a view's FXML, which lies beside its controller class under the same name. */
final class Views {

    private Views() {
    }

    /** A loaded view: its root node and its controller. */
    record Loaded<T>(Parent root, T controller) {
    }

    static <T> Loaded<T> load(Class<T> controllerType, ControllerFactory controllers) {
        URL fxml = controllerType.getResource(controllerType.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("missing " + controllerType.getSimpleName() + ".fxml");
        }
        FXMLLoader loader = new FXMLLoader(fxml);
        loader.setControllerFactory(controllers);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, controllerType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
    }
}
