package dev.strata.ui;

import dev.strata.model.Layer;
import dev.strata.model.Vendor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * Selecting cards by drawing a rectangle around them: a press away from any card, then a drag,
 * selects the cards the rectangle touches as it grows (with Ctrl, adds them to the selection
 * there was); Esc takes the rectangle away, and with it what it selected. The
 * rectangle stays within the visible part of the stack: only cards in sight can be touched.
 */
final class MarqueeSelection {

    /** How far the pointer moves before a press becomes a rectangle, as for a drag. */
    private static final double THRESHOLD = 4;

    private final StackView view;
    private final Node bands;
    private final Region rectangle = new Region();
    /** Where the press was, in the scene; null when no rectangle is being drawn or may start. */
    private Point2D start;
    private boolean drawing;
    /** The selection before the rectangle, kept for a Ctrl+drag, which adds to it. */
    private Set<Vendor> before = Set.of();
    /** The layer whose band was pressed: selected again when the rectangle touches no card. */
    private Layer pressedLayer;
    /** What was selected when the press was over (a press on a band selects its layer), for Esc. */
    private Selection.Snapshot beforePress;

    /**
     * @param bands where presses start a rectangle
     * @param hostChildren the children of the region the rectangle is drawn in, as an unmanaged child
     */
    MarqueeSelection(StackView view, Node bands, List<Node> hostChildren) {
        this.view = view;
        this.bands = bands;
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
        start = new Point2D(event.getSceneX(), event.getSceneY());
        before = event.isShortcutDown() ? view.getSelection().getVendors() : Set.of();
        LayerBand band = StackViewSkin.enclosingBand(event.getPickResult().getIntersectedNode());
        pressedLayer = band == null ? null : band.getLayer();
    }

    /** A press on a card drags it; one on a button or driver chip is theirs. */
    private boolean startsElsewhere(MouseEvent event) {
        for (Node node = event.getPickResult().getIntersectedNode(); node != null && node != bands;
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
        if (!drawing && pointer.distance(start) < THRESHOLD) {
            return;
        }
        drawing = true;
        Bounds inScene = clippedToViewport(start, pointer);
        Bounds drawn = rectangle.getParent().sceneToLocal(inScene);
        rectangle.resizeRelocate(drawn.getMinX(), drawn.getMinY(), drawn.getWidth(), drawn.getHeight());
        rectangle.setVisible(true);
        selectTouched(inScene);
        event.consume();
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
        start = null;
        drawing = false;
        before = Set.of();
        pressedLayer = null;
        rectangle.setVisible(false);
    }

    /** The rectangle from {@code from} to {@code to}, in the scene, cut to the visible part of the stack. */
    private Bounds clippedToViewport(Point2D from, Point2D to) {
        Bounds viewport = view.localToScene(view.getLayoutBounds());
        double minX = Math.max(viewport.getMinX(), Math.min(from.getX(), to.getX()));
        double minY = Math.max(viewport.getMinY(), Math.min(from.getY(), to.getY()));
        double maxX = Math.min(viewport.getMaxX(), Math.max(from.getX(), to.getX()));
        double maxY = Math.min(viewport.getMaxY(), Math.max(from.getY(), to.getY()));
        return new BoundingBox(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
    }

    /** Selects the cards the rectangle touches, top to bottom and left to right, with those selected before. */
    private void selectTouched(Bounds inScene) {
        List<VendorCard> touched = new ArrayList<>();
        for (Node node : bands.lookupAll(".vendor-card")) {
            if (node instanceof VendorCard card && card.isVisible() && card.getVendor() != null
                    && card.localToScene(card.getLayoutBounds()).intersects(inScene)) {
                touched.add(card);
            }
        }
        touched.sort(Comparator.<VendorCard>comparingDouble(card -> card.localToScene(0, 0).getY())
                .thenComparingDouble(card -> card.localToScene(0, 0).getX()));
        Set<Vendor> chosen = new LinkedHashSet<>(before);
        touched.forEach(card -> chosen.add(card.getVendor()));
        Selection selection = view.getSelection();
        if (touched.isEmpty()) {
            if (!chosen.isEmpty()) {
                selection.selectRange(List.copyOf(chosen), selection.getVendor(), selection.getLayer());
            } else if (pressedLayer != null) {
                selection.selectLayer(pressedLayer);
            }
            return;
        }
        VendorCard lead = touched.get(touched.size() - 1);
        selection.selectRange(List.copyOf(chosen), lead.getVendor(), StackViewSkin.enclosingBand(lead).getLayer());
    }
}
