package dev.strata.ui;

import com.sun.javafx.scene.SceneHelper;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Times a change to a window until the platform has drawn it, for the benchmark: the change runs
 * on the JavaFX thread, then the next pulse runs the CSS and layout passes and hands the scene to
 * the render thread, which redraws the regions that changed, as it does on a screen. A frame's
 * time is the change plus that pulse until its drawing is done; the wait for the pulse timer
 * between the two (at most one tick of it) is left out, being idle time rather than work.
 *
 * <p>Called from a thread other than JavaFX's, one change at a time. Knowing when the render
 * thread is done takes the scene's peer, which JavaFX does not publish: the benchmark runs
 * JavaFX from the class path, where its internal packages can be reached.
 */
public final class FrameTimer {

    private final Supplier<Scene> shown;
    private final Runnable pulseStarts = this::pulseStarts;
    private final Runnable laidOut = this::laidOut;
    private Scene scene;
    /** The change waiting for its pulse; touched on the JavaFX thread only. */
    private Frame waiting;

    /** A change made, and when its pulse started (0 until then). */
    private static final class Frame {
        final long changeNanos;
        final CompletableFuture<Double> drawn = new CompletableFuture<>();
        long pulseStarted;

        Frame(long changeNanos) {
            this.changeNanos = changeNanos;
        }
    }

    /**
     * @param shown the scene whose frames are timed, asked for on the JavaFX thread after each
     *        change (the first change may be the one that shows it)
     */
    public FrameTimer(Supplier<Scene> shown) {
        this.shown = shown;
    }

    /** Runs {@code change} on the JavaFX thread and waits until it is drawn; milliseconds. */
    public double time(Runnable change) throws InterruptedException, ExecutionException, TimeoutException {
        CompletableFuture<Frame> made = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                long start = System.nanoTime();
                change.run();
                watch(shown.get());
                waiting = new Frame(System.nanoTime() - start);
                Platform.requestNextPulse();
                made.complete(waiting);
            } catch (RuntimeException e) {
                made.completeExceptionally(e);
            }
        });
        Frame frame = FxThread.await(made, "the JavaFX thread did not answer");
        return FxThread.await(frame.drawn, "no frame was drawn");
    }

    private void watch(Scene shown) {
        if (scene == shown) {
            return;
        }
        if (scene != null) {
            scene.removePreLayoutPulseListener(pulseStarts);
            scene.removePostLayoutPulseListener(laidOut);
        }
        scene = shown;
        scene.addPreLayoutPulseListener(pulseStarts);
        scene.addPostLayoutPulseListener(laidOut);
    }

    private void pulseStarts() {
        if (waiting != null && waiting.pulseStarted == 0) {
            waiting.pulseStarted = System.nanoTime();
        }
    }

    /**
     * The pulse has run CSS and layout; it then hands the scene to the render thread. A task
     * queued now runs after the pulse, and waits there for the drawing to finish.
     */
    private void laidOut() {
        Frame frame = waiting;
        if (frame == null || frame.pulseStarted == 0) {
            return;
        }
        waiting = null;
        Platform.runLater(() -> {
            SceneHelper.getPeer(scene).waitForRenderingToComplete();
            frame.drawn.complete((frame.changeNanos + System.nanoTime() - frame.pulseStarted) / 1e6);
        });
    }
}
