package dev.strata.ui;

import dev.strata.edit.Editor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The window as the benchmark sees it: shows a document, draws the first frame (layout and a
 * rendered snapshot, synchronously), counts the nodes and times each keystroke of a search.
 * Runs on the JavaFX thread.
 */
public final class BenchWindow {

    /** What one measured window gave. */
    public record Figures(double firstFrameMs, int nodes, double filterP95Ms) {
    }

    private static final String QUERY = "vendor 00012";

    private BenchWindow() {
    }

    public static Figures measure(Editor editor) {
        Stage stage = new Stage();
        AppServices services;
        try {
            services = new AppServices(new UserFiles(Files.createTempDirectory("strata-bench-home")),
                    new SystemFileDialogs(), new BackgroundWork(), Duration.minutes(10), address -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long start = System.nanoTime();
        MainWindow.show(stage, editor, services);
        frame(stage);
        double firstFrame = (System.nanoTime() - start) / 1e6;
        int nodes = count(stage.getScene().getRoot());

        TextField search = (TextField) stage.getScene().lookup("#search");
        double[] keystrokes = new double[QUERY.length()];
        for (int i = 0; i < QUERY.length(); i++) {
            long typed = System.nanoTime();
            search.setText(QUERY.substring(0, i + 1));
            frame(stage);
            keystrokes[i] = (System.nanoTime() - typed) / 1e6;
        }
        search.clear();
        stage.close();
        services.work().shutdown();
        Arrays.sort(keystrokes);
        return new Figures(firstFrame, nodes, keystrokes[(int) Math.ceil(keystrokes.length * 0.95) - 1]);
    }

    /** Lays the scene out and renders it once. */
    private static void frame(Stage stage) {
        Parent root = stage.getScene().getRoot();
        root.applyCss();
        root.layout();
        stage.getScene().snapshot(null);
    }

    private static int count(Node node) {
        int total = 1;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                total += count(child);
            }
        }
        return total;
    }
}
