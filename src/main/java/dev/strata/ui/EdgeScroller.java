package dev.strata.ui;

import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ScrollPane;
import javafx.util.Duration;

/**
 * Scrolls the stack while something is dragged near its top or bottom edge (a card, or a
 * selection rectangle): a step per pointer move there, and on, a step at a time, while the
 * pointer rests there, for the platform sends no events for a pointer that does not move.
 */
final class EdgeScroller {

    private static final double EDGE = 48;
    /** How far one step scrolls, in pixels: the same for any size of stack. */
    private static final double SCROLL_STEP = 24;
    /** While the pointer rests near an edge, a step this often. */
    private static final Duration HELD_STEP = Duration.millis(50);

    private final ScrollPane scroller;
    private final Consumer<Point2D> afterHeldStep;
    private final Timeline heldAtEdge = new Timeline(new KeyFrame(HELD_STEP, event -> scrollWhileHeld()));
    /** Where the pointer was last, in the scene, and when. */
    private Point2D pointer;
    private long pointerMovedNanos;

    /** @param afterHeldStep told where the resting pointer is after each step taken while it rests */
    EdgeScroller(ScrollPane scroller, Consumer<Point2D> afterHeldStep) {
        this.scroller = scroller;
        this.afterHeldStep = afterHeldStep;
        heldAtEdge.setCycleCount(Animation.INDEFINITE);
    }

    /** The pointer has moved to {@code scenePoint}: a step if it is near an edge, and more while it rests there. */
    void pointerAt(Point2D scenePoint) {
        pointer = scenePoint;
        pointerMovedNanos = System.nanoTime();
        if (scrollNearEdges(scenePoint.getY())) {
            heldAtEdge.play();
        } else {
            heldAtEdge.stop();
        }
    }

    /** The drag is over: no more steps. */
    void stop() {
        heldAtEdge.stop();
        pointer = null;
    }

    private void scrollWhileHeld() {
        if (pointer == null) {
            heldAtEdge.stop();
            return;
        }
        if (System.nanoTime() - pointerMovedNanos < HELD_STEP.toMillis() * 1_000_000) {
            return; // the pointer moves: its own events scroll
        }
        if (!scrollNearEdges(pointer.getY())) {
            heldAtEdge.stop();
        }
        afterHeldStep.accept(pointer);
    }

    /** Scrolls one step if {@code sceneY} is near an edge; tells whether it did (not at the end it moves towards). */
    private boolean scrollNearEdges(double sceneY) {
        Bounds viewport = scroller.localToScene(scroller.getLayoutBounds());
        double scrollable = scroller.getContent().getLayoutBounds().getHeight() - scroller.getViewportBounds().getHeight();
        if (scrollable <= 0) {
            return false;
        }
        double step = SCROLL_STEP / scrollable * (scroller.getVmax() - scroller.getVmin());
        double before = scroller.getVvalue();
        if (sceneY < viewport.getMinY() + EDGE) {
            scroller.setVvalue(Math.max(scroller.getVmin(), before - step));
        } else if (sceneY > viewport.getMaxY() - EDGE) {
            scroller.setVvalue(Math.min(scroller.getVmax(), before + step));
        }
        return scroller.getVvalue() != before;
    }
}
