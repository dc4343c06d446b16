package dev.strata.ui;

import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Dragging a part of the stack by its title to another place among its like (a band among the
 * bands, a segment's lane among its band's lanes): the drag carries the part's id in a format
 * of its own, so no other drag takes its drops; the title goes under the pointer; a red line
 * drawn over the bands marks the gap it would go to; held near the top or bottom, the drag
 * scrolls the stack; Esc cancels; the drop asks for the move. What is dragged is decided at the
 * press, as the drag is detected a few pixels away from it.
 *
 * @param <T> the part dragged
 */
abstract class TitleDragging<T extends Node> {

    private final DataFormat format;
    private final EdgeScroller edges;
    private final Region marker = new Region();
    /** What the last press was on the title of. */
    private T grabbed;
    private T dragged;
    /** The gap the dragged part would go to, as {@link #gapAt} counts them; -1 for none. */
    private int gap = -1;

    /**
     * @param markerStyle the style class of the line marking the gap
     * @param hostChildren where the line is drawn, over the bands
     */
    TitleDragging(DataFormat format, String markerStyle, VBox bands, ScrollPane scroller,
            ObservableList<Node> hostChildren) {
        this.format = format;
        this.edges = new EdgeScroller(scroller, this::markAt);
        marker.getStyleClass().add(markerStyle);
        marker.setManaged(false);
        marker.setMouseTransparent(true);
        marker.setVisible(false);
        hostChildren.add(marker);
        bands.addEventHandler(MouseEvent.MOUSE_PRESSED,
                event -> grabbed = grabbedAt(event.getPickResult().getIntersectedNode()));
        bands.addEventHandler(MouseEvent.DRAG_DETECTED, this::start);
        bands.addEventHandler(DragEvent.DRAG_OVER, this::over);
        bands.addEventHandler(DragEvent.DRAG_EXITED, event -> {
            if (event.getTarget() == bands) {
                stopMarking();
            }
        });
        bands.addEventHandler(DragEvent.DRAG_DROPPED, this::drop);
        bands.addEventHandler(DragEvent.DRAG_DONE, event -> end());
    }

    /** The part whose title {@code picked} is on, or null. */
    protected abstract T grabbedAt(Node picked);

    /** Selects what {@code part} stands for, as the drag starts. */
    protected abstract void select(T part);

    /** The id the drag carries. */
    protected abstract String idOf(T part);

    /** The title drawn under the pointer. */
    protected abstract Node titleOf(T part);

    /**
     * The gap nearest {@code scenePoint} that {@code part} would go to, with the line placed there
     * ({@link #showLine}); -1 where a drop would leave it as it is.
     */
    protected abstract int gapAt(T part, Point2D scenePoint);

    /** Asks for {@code part} to be moved into {@code gap}. */
    protected abstract void moveTo(T part, int gap);

    /** Draws the line at these scene coordinates. */
    protected final void showLine(double sceneX, double sceneY, double width, double height) {
        Point2D at = marker.getParent().sceneToLocal(sceneX, sceneY);
        marker.resizeRelocate(at.getX(), at.getY(), width, height);
        marker.setVisible(true);
    }

    /** How thick the line is drawn: its preferred width or height. */
    protected final double lineThickness(boolean upright) {
        return upright ? marker.prefWidth(-1) : marker.prefHeight(-1);
    }

    private void start(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || grabbed == null) {
            return;
        }
        dragged = grabbed;
        select(dragged);
        Dragboard dragboard = dragged.startDragAndDrop(TransferMode.MOVE);
        ClipboardContent content = new ClipboardContent();
        content.put(format, idOf(dragged));
        dragboard.setContent(content);
        Node title = titleOf(dragged);
        if (title != null) { // held where it was taken
            Point2D grip = title.sceneToLocal(event.getSceneX(), event.getSceneY());
            dragboard.setDragView(title.snapshot(null, null), grip.getX(), grip.getY());
        }
        event.consume();
    }

    private void over(DragEvent event) {
        if (dragged == null || !event.getDragboard().hasContent(format)) {
            return;
        }
        Point2D pointer = new Point2D(event.getSceneX(), event.getSceneY());
        markAt(pointer);
        edges.pointerAt(pointer);
        event.acceptTransferModes(TransferMode.MOVE);
        event.consume();
    }

    private void drop(DragEvent event) {
        if (dragged == null || !event.getDragboard().hasContent(format)) {
            return;
        }
        markAt(new Point2D(event.getSceneX(), event.getSceneY()));
        boolean moved = gap >= 0;
        if (moved) {
            moveTo(dragged, gap);
        }
        event.setDropCompleted(moved);
        event.consume();
        end();
    }

    private void markAt(Point2D scenePoint) {
        if (dragged == null) {
            return;
        }
        gap = gapAt(dragged, scenePoint);
        if (gap < 0) {
            marker.setVisible(false);
        }
    }

    private void stopMarking() {
        edges.stop();
        marker.setVisible(false);
        gap = -1;
    }

    /** The drag is over, dropped or not. */
    private void end() {
        stopMarking();
        dragged = null;
    }
}
