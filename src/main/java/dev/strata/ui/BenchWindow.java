package dev.strata.ui;

import dev.strata.edit.Editor;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The window as the benchmark sees it: shows a document, times its first frame, counts the
 * nodes, times each keystroke of a search and each step of a scripted drag. Each is timed until
 * the platform has drawn it ({@link FrameTimer}). Driven from a thread other than JavaFX's.
 */
public final class BenchWindow {

    /** What one measured window gave; times in milliseconds. */
    public record Figures(double firstFrameMs, int nodes, double filterP95Ms, double dragFrameP95Ms) {
    }

    private static final String QUERY = "vendor 00012";
    private static final int DRAG_STEPS = 60;

    private Stage stage;
    private final FrameTimer frames = new FrameTimer(() -> stage.getScene());

    private BenchWindow() {
    }

    /**
     * @param home a throw-away folder for the window's settings and recovery copies, so that a
     *        benchmark never touches the user's
     */
    public static Figures measure(Editor editor, Path home) throws Exception {
        return new BenchWindow().run(editor, home);
    }

    /** Shows the window for {@code editor} and waits for its first frame, as a cold start does; leaves it open. */
    public static void firstFrame(Editor editor, Path home) throws Exception {
        new BenchWindow().show(editor, services(home));
    }

    private static AppServices services(Path home) {
        return new AppServices(new UserFiles(home), new SystemFileDialogs(), new BackgroundWork(), Duration.minutes(10),
                address -> { });
    }

    private double show(Editor editor, AppServices services) throws Exception {
        return frames.time(() -> {
            stage = new Stage();
            MainWindow.show(stage, editor, services);
        });
    }

    private Figures run(Editor editor, Path home) throws Exception {
        AppServices services = services(home);
        double firstFrame = show(editor, services);
        int nodes = FxThread.call(() -> count(stage.getScene().getRoot()));
        double drag = dragAcrossBands();
        double filter = typeQuery();
        FxThread.call(() -> {
            stage.close();
            services.work().shutdown();
            return null;
        });
        return new Figures(firstFrame, nodes, filter, drag);
    }

    /**
     * Puts the focus in the search field, as a person does before typing, then types the query
     * one key at a time; the 95th percentile of keystroke to frame.
     */
    private double typeQuery() throws Exception {
        TextField search = FxThread.call(() -> (TextField) stage.getScene().lookup("#search"));
        frames.time(search::requestFocus);
        double[] keystrokes = new double[QUERY.length()];
        for (int i = 0; i < QUERY.length(); i++) {
            String typed = QUERY.substring(0, i + 1);
            keystrokes[i] = frames.time(() -> search.setText(typed));
        }
        frames.time(search::clear);
        return p95(keystrokes);
    }

    /** Where a scripted drag starts, or nothing when no card is in sight. */
    private record DragStart(CardDragging dragging, VendorCard card, Bounds from, Bounds window, ScrollPane scroller) {
    }

    /**
     * Drags the first card in sight down the window, over every band in view and on into the
     * bottom edge, where the drag scrolls the stack; then lets go outside any band, so the stack
     * is unchanged. The 95th percentile of pointer move to frame.
     */
    private double dragAcrossBands() throws Exception {
        DragStart start = FxThread.call(this::dragStart);
        if (start == null) {
            return Double.NaN;
        }
        CardDragging dragging = start.dragging();
        frames.time(() -> dragging.begin(start.card()));
        double[] moves = new double[DRAG_STEPS];
        for (int i = 0; i < DRAG_STEPS; i++) {
            double progress = (i + 1) / (double) DRAG_STEPS;
            Point2D pointer = new Point2D(start.from().getCenterX(),
                    start.from().getCenterY() + progress * (start.window().getMaxY() - 4 - start.from().getCenterY()));
            moves[i] = frames.time(() -> dragging.overAt(pointer));
        }
        frames.time(() -> {
            dragging.dropAt(new Point2D(-1, -1));
            dragging.end();
            start.scroller().setVvalue(0);
        });
        return p95(moves);
    }

    private DragStart dragStart() {
        StackView view = (StackView) stage.getScene().lookup(".stack-view");
        ScrollPane scroller = (ScrollPane) stage.getScene().lookup(".stack-scroller");
        Bounds window = scroller.localToScene(scroller.getLayoutBounds());
        VendorCard card = stage.getScene().getRoot().lookupAll(".vendor-card").stream()
                .map(VendorCard.class::cast)
                .filter(candidate -> window.contains(candidate.localToScene(candidate.getLayoutBounds())))
                .findFirst().orElse(null);
        if (card == null) {
            return null;
        }
        CardDragging dragging = ((StackViewSkin) view.getSkin()).dragging();
        return new DragStart(dragging, card, card.localToScene(card.getLayoutBounds()), window, scroller);
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
