package dev.strata.ui;

import dev.strata.edit.Editor;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The window as the benchmark sees it: shows a document, draws the first frame, counts the
 * nodes, times each keystroke of a search and each step of a scripted drag. A frame is the
 * scene's CSS and layout passes and a rendering of the whole window, done synchronously (a
 * snapshot); a screen would redraw only what changed. Runs on the JavaFX thread.
 */
public final class BenchWindow {

    /** What one measured window gave; times in milliseconds. */
    public record Figures(double firstFrameMs, int nodes, double filterP95Ms, double dragFrameP95Ms) {
    }

    private static final String QUERY = "vendor 00012";
    private static final int DRAG_STEPS = 60;

    private final Stage stage = new Stage();
    private WritableImage image;

    private BenchWindow() {
    }

    /**
     * @param home a throw-away folder for the window's settings and recovery copies, so that a
     *        benchmark never touches the user's
     */
    public static Figures measure(Editor editor, Path home) {
        return new BenchWindow().run(editor, home);
    }

    /** Shows the window for {@code editor} and draws its first frame, as a cold start does; leaves it open. */
    public static void firstFrame(Editor editor, Path home) {
        BenchWindow window = new BenchWindow();
        MainWindow.show(window.stage, editor, services(home));
        window.frame();
    }

    private static AppServices services(Path home) {
        return new AppServices(new UserFiles(home), new SystemFileDialogs(), new BackgroundWork(), Duration.minutes(10),
                address -> { });
    }

    private Figures run(Editor editor, Path home) {
        AppServices services = services(home);
        long start = System.nanoTime();
        MainWindow.show(stage, editor, services);
        frame();
        double firstFrame = (System.nanoTime() - start) / 1e6;
        int nodes = count(stage.getScene().getRoot());
        double drag = dragAcrossBands();
        double filter = typeQuery();
        stage.close();
        services.work().shutdown();
        return new Figures(firstFrame, nodes, filter, drag);
    }

    /**
     * Puts the focus in the search field, as a person does before typing, then types the query
     * one key at a time; the 95th percentile of keystroke to frame.
     */
    private double typeQuery() {
        TextField search = (TextField) stage.getScene().lookup("#search");
        search.requestFocus();
        frame();
        double[] keystrokes = new double[QUERY.length()];
        for (int i = 0; i < QUERY.length(); i++) {
            long typed = System.nanoTime();
            search.setText(QUERY.substring(0, i + 1));
            frame();
            keystrokes[i] = (System.nanoTime() - typed) / 1e6;
        }
        search.clear();
        frame();
        return p95(keystrokes);
    }

    /**
     * Drags the first card in sight down the window, over every band in view and on into the
     * bottom edge, where the drag scrolls the stack; then lets go outside any band, so the stack
     * is unchanged. The 95th percentile of pointer move to frame.
     */
    private double dragAcrossBands() {
        StackView view = (StackView) stage.getScene().lookup(".stack-view");
        ScrollPane scroller = (ScrollPane) stage.getScene().lookup(".stack-scroller");
        Bounds window = scroller.localToScene(scroller.getLayoutBounds());
        VendorCard card = stage.getScene().getRoot().lookupAll(".vendor-card").stream()
                .map(VendorCard.class::cast)
                .filter(candidate -> window.contains(candidate.localToScene(candidate.getLayoutBounds())))
                .findFirst().orElse(null);
        if (card == null) {
            return Double.NaN;
        }
        CardDragging dragging = ((StackViewSkin) view.getSkin()).dragging();
        Bounds from = card.localToScene(card.getLayoutBounds());
        dragging.begin(card);
        frame();
        double[] moves = new double[DRAG_STEPS];
        for (int i = 0; i < DRAG_STEPS; i++) {
            double progress = (i + 1) / (double) DRAG_STEPS;
            Point2D pointer = new Point2D(from.getCenterX(),
                    from.getCenterY() + progress * (window.getMaxY() - 4 - from.getCenterY()));
            long moved = System.nanoTime();
            dragging.overAt(pointer);
            frame();
            moves[i] = (System.nanoTime() - moved) / 1e6;
        }
        dragging.dropAt(new Point2D(-1, -1));
        dragging.end();
        scroller.setVvalue(0);
        frame();
        return p95(moves);
    }

    /** Runs the CSS and layout passes and renders the whole window once. */
    private void frame() {
        Scene scene = stage.getScene();
        int width = (int) Math.ceil(scene.getWidth());
        int height = (int) Math.ceil(scene.getHeight());
        if (image == null || image.getWidth() != width || image.getHeight() != height) {
            image = new WritableImage(width, height);
        }
        scene.snapshot(image);
    }

    private static double p95(double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
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
