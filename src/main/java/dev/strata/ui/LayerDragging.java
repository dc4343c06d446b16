package dev.strata.ui;

import java.util.List;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
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
 * Dragging a band by its title row moves its layer up or down the stack: a red line between the
 * bands shows where it will go, Esc cancels, and the drop asks the view for the move (one undo
 * step). Held near the top or bottom of the stack, the drag scrolls it.
 */
final class LayerDragging {

    static final DataFormat LAYER = new DataFormat("application/x-strata-layer");

    private final StackView view;
    private final VBox bands;
    private final EdgeScroller edges;
    private final Region marker = new Region();
    /** The band whose title the last press was on (a drag is detected a few pixels away from it). */
    private LayerBand grabbed;
    private LayerBand dragged;
    /** Where the dragged band would go, as a gap between the bands as drawn (0: above the top one); -1 for none. */
    private int gap = -1;

    /** @param hostChildren where the drop line is drawn, over the bands */
    LayerDragging(StackView view, VBox bands, ScrollPane scroller, ObservableList<Node> hostChildren) {
        this.view = view;
        this.bands = bands;
        this.edges = new EdgeScroller(scroller, this::markAt);
        marker.getStyleClass().add("layer-drop-marker");
        marker.setManaged(false);
        marker.setMouseTransparent(true);
        marker.setVisible(false);
        hostChildren.add(marker);
        bands.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            Node picked = event.getPickResult().getIntersectedNode();
            grabbed = isGrip(picked, bands) ? StackViewSkin.enclosingBand(picked) : null;
        });
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

    /** True when a press on {@code node} would drag its band: on the title row, not on its toggle. */
    static boolean isGrip(Node node, Node within) {
        for (Node current = node; current != null && current != within; current = current.getParent()) {
            if (current instanceof ButtonBase) {
                return false;
            }
            if (current instanceof TitleRow) {
                return true;
            }
        }
        return false;
    }

    private void start(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || grabbed == null) {
            return;
        }
        dragged = grabbed;
        view.getSelection().selectLayer(dragged.getLayer());
        Dragboard dragboard = dragged.startDragAndDrop(TransferMode.MOVE);
        ClipboardContent content = new ClipboardContent();
        content.put(LAYER, dragged.getLayer().getId());
        dragboard.setContent(content);
        Node title = dragged.lookup(".title-row");
        if (title != null) { // the title under the pointer, held where it was taken
            Point2D grip = title.sceneToLocal(event.getSceneX(), event.getSceneY());
            dragboard.setDragView(title.snapshot(null, null), grip.getX(), grip.getY());
        }
        event.consume();
    }

    private void over(DragEvent event) {
        if (dragged == null || !event.getDragboard().hasContent(LAYER)) {
            return;
        }
        Point2D pointer = new Point2D(event.getSceneX(), event.getSceneY());
        markAt(pointer);
        edges.pointerAt(pointer);
        event.acceptTransferModes(TransferMode.MOVE);
        event.consume();
    }

    private void drop(DragEvent event) {
        if (dragged == null || !event.getDragboard().hasContent(LAYER)) {
            return;
        }
        markAt(new Point2D(event.getSceneX(), event.getSceneY()));
        boolean moved = gap >= 0;
        if (moved) {
            List<LayerBand> shown = shownBands();
            int from = shown.indexOf(dragged);
            int gapWithout = gap > from ? gap - 1 : gap; // among the bands without the dragged one
            view.requestLayerMove(dragged.getLayer(), shown.size() - 1 - gapWithout);
        }
        event.setDropCompleted(moved);
        event.consume();
        end();
    }

    /** Marks the gap nearest to {@code scenePoint}, unless the band would stay where it is. */
    private void markAt(Point2D scenePoint) {
        if (dragged == null) {
            return;
        }
        List<LayerBand> shown = shownBands();
        int nearest = shown.size();
        for (int i = 0; i < shown.size(); i++) {
            Bounds band = shown.get(i).localToScene(shown.get(i).getLayoutBounds());
            if (scenePoint.getY() < band.getCenterY()) {
                nearest = i;
                break;
            }
        }
        int from = shown.indexOf(dragged);
        gap = nearest == from || nearest == from + 1 ? -1 : nearest;
        if (gap < 0) {
            marker.setVisible(false);
            return;
        }
        Bounds edge = gap < shown.size()
                ? shown.get(gap).localToScene(shown.get(gap).getLayoutBounds())
                : shown.get(gap - 1).localToScene(shown.get(gap - 1).getLayoutBounds());
        double y = gap < shown.size() ? edge.getMinY() - bands.getSpacing() / 2 : edge.getMaxY() + bands.getSpacing() / 2;
        Point2D at = marker.getParent().sceneToLocal(edge.getMinX(), y);
        double height = marker.prefHeight(-1);
        marker.resizeRelocate(at.getX(), at.getY() - height / 2, edge.getWidth(), height);
        marker.setVisible(true);
    }

    private List<LayerBand> shownBands() {
        return bands.getChildren().stream().filter(node -> node instanceof LayerBand && node.isVisible())
                .map(LayerBand.class::cast).toList();
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
