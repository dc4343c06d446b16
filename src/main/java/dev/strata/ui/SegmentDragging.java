package dev.strata.ui;

import dev.strata.model.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.DataFormat;
import javafx.scene.layout.VBox;

/**
 * Dragging a segment's title moves the segment among its layer's lanes: a red line between the
 * lanes shows where it will go (upright between lanes side by side, across between lanes one
 * under another), and the drop asks the view for the move (one undo step). Only the segment's
 * own band takes it.
 */
final class SegmentDragging extends TitleDragging<SegmentLane> {

    static final DataFormat SEGMENT = new DataFormat("application/x-strata-segment");
    /** How far beyond the first or last lane the line stands. */
    private static final double END_GAP = 4;

    private final StackView view;

    /** @param hostChildren where the drop line is drawn, over the bands */
    SegmentDragging(StackView view, VBox bands, ScrollPane scroller, ObservableList<Node> hostChildren) {
        super(SEGMENT, "segment-drop-marker", bands, scroller, hostChildren);
        this.view = view;
    }

    /** The lane of the segment title that {@code node} is, or is inside of. */
    static Optional<SegmentLane> titleAt(Node node) {
        for (Node current = node; current != null && !(current instanceof SegmentLane); current = current.getParent()) {
            Optional<SegmentLane> lane = SegmentLane.ofTitle(current);
            if (lane.isPresent()) {
                return lane;
            }
        }
        return Optional.empty();
    }

    @Override
    protected SegmentLane grabbedAt(Node picked) {
        return titleAt(picked).orElse(null);
    }

    @Override
    protected void select(SegmentLane lane) {
        view.getSelection().selectLayer(lane.layer());
    }

    @Override
    protected String idOf(SegmentLane lane) {
        return lane.segmentId();
    }

    @Override
    protected Node titleOf(SegmentLane lane) {
        return lane.lookup(".lane-title");
    }

    /**
     * The gap between the band's segment lanes nearest to {@code scenePoint} (0: before the
     * first); -1 outside the band.
     */
    @Override
    protected int gapAt(SegmentLane dragged, Point2D scenePoint) {
        LayerBand band = StackViewSkin.enclosingBand(dragged);
        if (band == null || !inScene(band).contains(scenePoint)) {
            return -1;
        }
        List<SegmentLane> lanes = band.segmentLanes();
        boolean sideBySide = !band.segmentLanesStacked();
        int nearest = lanes.size();
        for (int i = 0; i < lanes.size(); i++) {
            Bounds lane = inScene(lanes.get(i));
            if (sideBySide ? scenePoint.getX() < lane.getCenterX() : scenePoint.getY() < lane.getCenterY()) {
                nearest = i;
                break;
            }
        }
        int from = lanes.indexOf(dragged);
        if (nearest == from || nearest == from + 1) {
            return -1;
        }
        Bounds before = nearest > 0 ? inScene(lanes.get(nearest - 1)) : null;
        Bounds after = nearest < lanes.size() ? inScene(lanes.get(nearest)) : null;
        Bounds any = after != null ? after : before;
        double thickness = lineThickness(sideBySide);
        if (sideBySide) {
            double x = before == null ? after.getMinX() - END_GAP
                    : after == null ? before.getMaxX() + END_GAP : (before.getMaxX() + after.getMinX()) / 2;
            showLine(x - thickness / 2, any.getMinY(), thickness, any.getHeight());
        } else {
            double y = before == null ? after.getMinY() - END_GAP
                    : after == null ? before.getMaxY() + END_GAP : (before.getMaxY() + after.getMinY()) / 2;
            showLine(any.getMinX(), y - thickness / 2, any.getWidth(), thickness);
        }
        return nearest;
    }

    @Override
    protected void moveTo(SegmentLane dragged, int gap) {
        List<SegmentLane> lanes = StackViewSkin.enclosingBand(dragged).segmentLanes();
        List<Segment> others = new ArrayList<>(dragged.layer().getSegments());
        others.remove(dragged.segment());
        int index = gap < lanes.size() ? others.indexOf(lanes.get(gap).segment())
                : others.indexOf(lanes.get(lanes.size() - 1).segment()) + 1;
        view.requestSegmentMove(new SegmentMove(dragged.layer(), dragged.segment(), index));
    }

    private static Bounds inScene(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }
}
