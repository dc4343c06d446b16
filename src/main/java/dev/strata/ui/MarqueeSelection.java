package dev.strata.ui;

import dev.strata.model.Layer;
import dev.strata.model.Vendor;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * Selecting cards by drawing a rectangle around them: a press away from any card, then a drag,
 * selects the cards the rectangle touches as it grows (with Ctrl, adds them to the selection
 * there was); Esc takes the rectangle away, and with it what it selected. Near the top or
 * bottom edge the stack scrolls, and the rectangle grows with it: it starts where it was
 * pressed in the stack, not on the screen, and touches cards whether they are in sight or not.
 */
final class MarqueeSelection {

    /** How far the pointer moves before a press becomes a rectangle, as for a drag. */
    private static final double THRESHOLD = 4;

    private final StackView view;
    private final Parent bands;
    private final EdgeScroller edges;
    private final Region rectangle = new Region();
    /** Where the press was, in the bands' coordinates; null when no rectangle is being drawn or may start. */
    private Point2D start;
    private boolean drawing;
    /** The selection before the rectangle, kept for a Ctrl+drag, which adds to it. */
    private Set<Vendor> before = Set.of();
    /**
     * What was selected when the press was over (a press on a band has selected its layer: the
     * view's own press handler runs first), for Esc and for a rectangle that touches no card.
     */
    private Selection.Snapshot beforePress;

    /**
     * @param bands the column of bands, where presses start a rectangle
     * @param scroller what scrolls the bands
     * @param hostChildren the children of the region the rectangle is drawn in, as an unmanaged child
     */
    MarqueeSelection(StackView view, Parent bands, ScrollPane scroller, List<Node> hostChildren) {
        this.view = view;
        this.bands = bands;
        this.edges = new EdgeScroller(scroller, this::stretchTo);
        rectangle.getStyleClass().add("marquee");
        rectangle.setManaged(false);
        rectangle.setMouseTransparent(true);
        rectangle.setVisible(false);
        hostChildren.add(rectangle);
        bands.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        bands.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        bands.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        view.addEventFilter(KeyEvent.KEY_PRESSED, this::cancelOnEscape);
    }

    private void pressed(MouseEvent event) {
        start = null;
        beforePress = view.getSelection().snapshot();
        if (event.getButton() != MouseButton.PRIMARY || event.isShiftDown() || startsElsewhere(event)) {
            return;
        }
        start = bands.sceneToLocal(event.getSceneX(), event.getSceneY());
        before = event.isShortcutDown() ? view.getSelection().getVendors() : Set.of();
    }

    /**
     * A press on a card drags it, one on a band's title the band, one on a segment's title the
     * segment; one on a button or driver chip is theirs.
     */
    private boolean startsElsewhere(MouseEvent event) {
        Node picked = event.getPickResult().getIntersectedNode();
        if (LayerDragging.isGrip(picked, bands) || SegmentDragging.titleAt(picked).isPresent()) {
            return true;
        }
        for (Node node = picked; node != null && node != bands;
                node = node.getParent()) {
            if (node instanceof VendorCard || node instanceof ButtonBase || node.getStyleClass().contains("driver-chip")) {
                return true;
            }
        }
        return false;
    }

    private void dragged(MouseEvent event) {
        if (start == null) {
            return;
        }
        Point2D pointer = new Point2D(event.getSceneX(), event.getSceneY());
        if (!drawing && pointer.distance(bands.localToScene(start)) < THRESHOLD) {
            return;
        }
        drawing = true;
        stretchTo(pointer);
        edges.pointerAt(pointer);
        event.consume();
    }

    /** Draws the rectangle from the press to {@code pointer} (in the scene) and selects what it touches. */
    private void stretchTo(Point2D pointer) {
        if (!drawing) {
            return;
        }
        Point2D from = bands.localToScene(start);
        Bounds inScene = new BoundingBox(Math.min(from.getX(), pointer.getX()), Math.min(from.getY(), pointer.getY()),
                Math.abs(pointer.getX() - from.getX()), Math.abs(pointer.getY() - from.getY()));
        Bounds drawn = rectangle.getParent().sceneToLocal(clippedToViewport(inScene));
        rectangle.resizeRelocate(drawn.getMinX(), drawn.getMinY(), drawn.getWidth(), drawn.getHeight());
        rectangle.setVisible(true);
        selectTouched(inScene);
    }

    /** Esc while a rectangle is drawn: no rectangle, and the selection as the press left it. */
    private void cancelOnEscape(KeyEvent event) {
        if (drawing && event.getCode() == KeyCode.ESCAPE) {
            view.getSelection().restore(beforePress, view.getStack());
            stop();
            event.consume();
        }
    }

    private void released(MouseEvent event) {
        if (drawing) {
            event.consume();
        }
        stop();
    }

    private void stop() {
        edges.stop();
        start = null;
        drawing = false;
        before = Set.of();
        rectangle.setVisible(false);
    }

    /** {@code inScene} cut to the visible part of the stack. */
    private Bounds clippedToViewport(Bounds inScene) {
        Bounds viewport = view.localToScene(view.getLayoutBounds());
        double minX = Math.max(viewport.getMinX(), inScene.getMinX());
        double minY = Math.max(viewport.getMinY(), inScene.getMinY());
        double maxX = Math.min(viewport.getMaxX(), inScene.getMaxX());
        double maxY = Math.min(viewport.getMaxY(), inScene.getMaxY());
        return new BoundingBox(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
    }

    /**
     * Selects the cards the rectangle touches, top to bottom, with those selected before; the
     * last one touched leads. Touching none, the selection is as the press left it.
     */
    private void selectTouched(Bounds inScene) {
        Set<Vendor> chosen = new LinkedHashSet<>(before);
        Vendor lead = null;
        Layer leadLayer = null;
        for (Node node : bands.getChildrenUnmodifiable()) {
            if (node instanceof LayerBand band && band.localToScene(band.getLayoutBounds()).intersects(inScene)) {
                List<Vendor> touched = band.vendorsWithin(inScene);
                if (!touched.isEmpty()) {
                    chosen.addAll(touched);
                    lead = touched.get(touched.size() - 1);
                    leadLayer = band.getLayer();
                }
            }
        }
        if (lead != null) {
            view.getSelection().selectRange(List.copyOf(chosen), lead, leadLayer);
        } else {
            view.getSelection().restore(beforePress, view.getStack());
        }
    }
}
