package dev.strata.ui;

import java.util.List;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.DataFormat;
import javafx.scene.layout.VBox;

/**
 * Dragging a band by its title row moves its layer up or down the stack: a red line between the
 * bands shows where it will go, and the drop asks the view for the move (one undo step).
 */
final class LayerDragging extends TitleDragging<LayerBand> {

    static final DataFormat LAYER = new DataFormat("application/x-strata-layer");

    private final StackView view;
    private final VBox bands;

    /** @param hostChildren where the drop line is drawn, over the bands */
    LayerDragging(StackView view, VBox bands, ScrollPane scroller, ObservableList<Node> hostChildren) {
        super(LAYER, "layer-drop-marker", bands, scroller, hostChildren);
        this.view = view;
        this.bands = bands;
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

    @Override
    protected LayerBand grabbedAt(Node picked) {
        return isGrip(picked, bands) ? StackViewSkin.enclosingBand(picked) : null;
    }

    @Override
    protected void select(LayerBand band) {
        view.getSelection().selectLayer(band.getLayer());
    }

    @Override
    protected String idOf(LayerBand band) {
        return band.getLayer().getId();
    }

    @Override
    protected Node titleOf(LayerBand band) {
        return band.lookup(".title-row");
    }

    /** The gap between the bands as drawn nearest to {@code scenePoint} (0: above the top one). */
    @Override
    protected int gapAt(LayerBand dragged, Point2D scenePoint) {
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
        if (nearest == from || nearest == from + 1) {
            return -1;
        }
        Bounds edge = nearest < shown.size()
                ? shown.get(nearest).localToScene(shown.get(nearest).getLayoutBounds())
                : shown.get(nearest - 1).localToScene(shown.get(nearest - 1).getLayoutBounds());
        double y = nearest < shown.size() ? edge.getMinY() - bands.getSpacing() / 2 : edge.getMaxY() + bands.getSpacing() / 2;
        double thickness = lineThickness(false);
        showLine(edge.getMinX(), y - thickness / 2, edge.getWidth(), thickness);
        return nearest;
    }

    @Override
    protected void moveTo(LayerBand dragged, int gap) {
        List<LayerBand> shown = shownBands();
        int from = shown.indexOf(dragged);
        int gapWithout = gap > from ? gap - 1 : gap; // among the bands without the dragged one
        view.requestLayerMove(dragged.getLayer(), shown.size() - 1 - gapWithout);
    }

    private List<LayerBand> shownBands() {
        return bands.getChildren().stream().filter(node -> node instanceof LayerBand && node.isVisible())
                .map(LayerBand.class::cast).toList();
    }
}
