package dev.strata.ui;

import dev.strata.model.Layer;
import dev.strata.model.Vendor;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
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

/**
 * Dragging a card to another place: the drag image is the card itself ({@link DragImage}), the band under the
 * pointer marks where the card would land, and the drop asks the view for one move. A card
 * that is one of several selected takes the others along: they land together, in the order
 * the stack draws them. Esc, or a drop anywhere that does not accept the cards, changes nothing.
 *
 * <p>The drag holds on to the dragged <em>vendors</em>: their cards may scroll out of sight while
 * the drag scrolls the view, and a card out of sight is reused for another vendor. The platform's
 * drag events are turned into {@link #begin}, {@link #overAt}, {@link #dropAt} and {@link #end},
 * which the benchmark also drives.
 */
final class CardDragging {

    /** What a dragged card carries: the ids of the dragged vendors, one per line. */
    static final DataFormat VENDOR = new DataFormat("application/x-strata-vendor");

    private final StackView view;
    private final Region bands;
    private final EdgeScroller edges;
    /** The vendor whose card the pointer took, while a drag is on. */
    private Vendor grabbed;
    /** The vendors that move with it (itself included), in the order they will land. */
    private Set<Vendor> dragged = Set.of();
    private LayerBand markedBand;

    CardDragging(StackView view, Region bands, ScrollPane scroller) {
        this.view = view;
        this.bands = bands;
        this.edges = new EdgeScroller(scroller, this::markAt);
        bands.addEventHandler(MouseEvent.DRAG_DETECTED, this::start);
        bands.addEventHandler(DragEvent.DRAG_OVER, this::over);
        bands.addEventHandler(DragEvent.DRAG_EXITED, this::exited);
        bands.addEventHandler(DragEvent.DRAG_DROPPED, this::drop);
        bands.addEventHandler(DragEvent.DRAG_DONE, this::done);
    }

    private void start(MouseEvent event) {
        VendorCard card = cardAt(event.getPickResult().getIntersectedNode());
        // the other buttons open menus (a right press) or do nothing, as on any desktop
        if (card == null || event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        begin(card);
        Dragboard dragboard = card.startDragAndDrop(TransferMode.MOVE);
        ClipboardContent content = new ClipboardContent();
        content.put(VENDOR, dragged.stream().map(Vendor::getId).collect(Collectors.joining("\n")));
        dragboard.setContent(content);
        Point2D grip = card.sceneToLocal(event.getSceneX(), event.getSceneY());
        dragboard.setDragView(DragImage.of(card, dragged.size()), grip.getX(), grip.getY());
        event.consume();
    }

    /**
     * Starts dragging the vendor of {@code card}, with the other selected vendors if it is one
     * of several selected; else selects it alone. Marks their cards.
     */
    void begin(VendorCard card) {
        grabbed = card.getVendor();
        Selection selection = view.getSelection();
        if (selection.isSelected(grabbed) && selection.hasSeveral()) {
            dragged = new LinkedHashSet<>(selection.vendorsInStackOrder(view.getStack()));
        } else {
            selection.selectVendor(grabbed, StackViewSkin.enclosingBand(card).getLayer());
            dragged = Set.of(grabbed);
        }
        markDragged(true);
    }

    /** Fades the cards of the dragged vendors, or shows them again: those that exist (a card made later is not faded). */
    private void markDragged(boolean on) {
        for (Node node : bands.lookupAll(".vendor-card")) {
            if (node instanceof VendorCard card && dragged.contains(card.getVendor())) {
                card.pseudoClassStateChanged(Pseudo.DRAGGED, on);
            }
        }
    }

    private void over(DragEvent event) {
        if (grabbed == null || !event.getDragboard().hasContent(VENDOR)) {
            return;
        }
        if (overAt(new Point2D(event.getSceneX(), event.getSceneY()))) {
            event.acceptTransferModes(TransferMode.MOVE);
        }
        event.consume();
    }

    /**
     * The pointer is at {@code scenePoint}: marks where the vendor would land, scrolls near the
     * edges (and goes on scrolling, marking the place that comes under the pointer, while the
     * pointer rests there), and tells whether a drop there would be taken.
     */
    boolean overAt(Point2D scenePoint) {
        boolean taken = markAt(scenePoint);
        edges.pointerAt(scenePoint);
        return taken;
    }

    private boolean markAt(Point2D scenePoint) {
        if (grabbed == null) {
            return false;
        }
        LayerBand band = bandAt(scenePoint);
        DropPlace place = band == null ? null : placeFor(band, scenePoint);
        mark(band, place);
        return place != null;
    }

    private void drop(DragEvent event) {
        if (grabbed == null || !event.getDragboard().hasContent(VENDOR)) {
            return;
        }
        event.setDropCompleted(dropAt(new Point2D(event.getSceneX(), event.getSceneY())));
        event.consume();
    }

    /** Drops the vendors at {@code scenePoint}: one move, if the place takes them. */
    boolean dropAt(Point2D scenePoint) {
        LayerBand band = bandAt(scenePoint);
        DropPlace place = band == null ? null : placeFor(band, scenePoint);
        if (place != null) {
            view.requestMove(new VendorMove(List.copyOf(dragged), place.layer(), place.index(), place.segment()));
        }
        stopMarking();
        return place != null;
    }

    /** The band under a point of the scene, or null. */
    private LayerBand bandAt(Point2D scenePoint) {
        for (Node node : bands.getChildrenUnmodifiable()) {
            if (node instanceof LayerBand band && band.localToScene(band.getLayoutBounds()).contains(scenePoint)) {
                return band;
            }
        }
        return null;
    }

    /** Where the vendors would land over {@code band}, or null if the band refuses one of them. */
    private DropPlace placeFor(LayerBand band, Point2D scenePoint) {
        BiPredicate<Vendor, Layer> policy = view.dropPolicyProperty().get();
        if (!dragged.stream().allMatch(vendor -> policy.test(vendor, band.getLayer()))) {
            return null;
        }
        return band.dropPlaceAt(scenePoint, dragged);
    }

    private void exited(DragEvent event) {
        if (event.getTarget() == bands) {
            stopMarking();
        }
    }

    private void done(DragEvent event) {
        end();
    }

    /** The drag is over, dropped or not. */
    void end() {
        markDragged(false);
        grabbed = null;
        dragged = Set.of();
        stopMarking();
    }

    /** No place is marked, and the stack stops scrolling. */
    private void stopMarking() {
        edges.stop();
        mark(null, null);
    }

    private void mark(LayerBand band, DropPlace place) {
        if (markedBand != null && markedBand != band) {
            markedBand.showDropPlace(null);
            markedBand.pseudoClassStateChanged(Pseudo.DROP_REFUSED, false);
        }
        markedBand = band;
        if (band != null) {
            band.showDropPlace(place);
            band.pseudoClassStateChanged(Pseudo.DROP_REFUSED, place == null);
        }
    }

    /** The card {@code node} is part of, or null. */
    static VendorCard cardAt(Node node) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (current instanceof VendorCard card) {
                return card;
            }
        }
        return null;
    }

    void dispose() {
        stopMarking();
        grabbed = null;
        dragged = Set.of();
    }
}
