package dev.strata.ui;

import dev.strata.model.Layer;
import dev.strata.model.Vendor;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * Dragging a card to another place: the drag image is the card itself, the band under the
 * pointer marks where the card would land, and the drop asks the view for one move. Esc, or a
 * drop anywhere that does not accept the card, changes nothing.
 */
final class CardDragging {

    /** What a dragged card carries: its vendor's id. */
    static final DataFormat VENDOR = new DataFormat("application/x-strata-vendor");

    private static final double EDGE = 48;
    private static final double SCROLL_STEP = 0.02;

    private final StackView view;
    private final Region bands;
    private final ScrollPane scroller;
    private VendorCard draggedCard;
    private LayerBand markedBand;

    CardDragging(StackView view, Region bands, ScrollPane scroller) {
        this.view = view;
        this.bands = bands;
        this.scroller = scroller;
        bands.addEventHandler(MouseEvent.DRAG_DETECTED, this::start);
        bands.addEventHandler(DragEvent.DRAG_OVER, this::over);
        bands.addEventHandler(DragEvent.DRAG_EXITED, this::exited);
        bands.addEventHandler(DragEvent.DRAG_DROPPED, this::drop);
        bands.addEventHandler(DragEvent.DRAG_DONE, this::done);
    }

    private void start(MouseEvent event) {
        VendorCard card = cardAt(event.getPickResult().getIntersectedNode());
        if (card == null) {
            return;
        }
        draggedCard = card;
        LayerBand band = StackViewSkin.enclosingBand(card);
        view.getSelection().selectVendor(card.getVendor(), band.getLayer());
        Dragboard dragboard = card.startDragAndDrop(TransferMode.MOVE);
        ClipboardContent content = new ClipboardContent();
        content.put(VENDOR, card.getVendor().getId());
        dragboard.setContent(content);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        Point2D grip = card.sceneToLocal(event.getSceneX(), event.getSceneY());
        dragboard.setDragView(card.snapshot(parameters, null), grip.getX(), grip.getY());
        card.pseudoClassStateChanged(Pseudo.DRAGGED, true);
        event.consume();
    }

    private void over(DragEvent event) {
        if (draggedCard == null || !event.getDragboard().hasContent(VENDOR)) {
            return;
        }
        LayerBand band = StackViewSkin.enclosingBand(event.getPickResult().getIntersectedNode());
        DropPlace place = band == null ? null : placeFor(band, event);
        mark(band, place);
        if (place != null) {
            event.acceptTransferModes(TransferMode.MOVE);
        }
        scrollNearEdges(event.getSceneY());
        event.consume();
    }

    /** Near the top or bottom of the visible part of the stack, the drag scrolls it. */
    private void scrollNearEdges(double sceneY) {
        Bounds viewport = scroller.localToScene(scroller.getLayoutBounds());
        if (sceneY < viewport.getMinY() + EDGE) {
            scroller.setVvalue(Math.max(scroller.getVmin(), scroller.getVvalue() - SCROLL_STEP));
        } else if (sceneY > viewport.getMaxY() - EDGE) {
            scroller.setVvalue(Math.min(scroller.getVmax(), scroller.getVvalue() + SCROLL_STEP));
        }
    }

    private void drop(DragEvent event) {
        if (draggedCard == null || !event.getDragboard().hasContent(VENDOR)) {
            return;
        }
        LayerBand band = StackViewSkin.enclosingBand(event.getPickResult().getIntersectedNode());
        DropPlace place = band == null ? null : placeFor(band, event);
        if (place != null) {
            Vendor vendor = draggedCard.getVendor();
            Layer from = view.getStack().layerOf(vendor).orElseThrow();
            view.requestMove(new VendorMove(vendor, from, place.layer(), place.index(), place.segment()));
        }
        event.setDropCompleted(place != null);
        event.consume();
        mark(null, null);
    }

    /** Where the card would land over {@code band}, or null if the band refuses it. */
    private DropPlace placeFor(LayerBand band, DragEvent event) {
        Vendor vendor = draggedCard.getVendor();
        if (!view.dropPolicyProperty().get().test(vendor, band.getLayer())) {
            return null;
        }
        return band.dropPlaceAt(new Point2D(event.getSceneX(), event.getSceneY()), vendor);
    }

    private void exited(DragEvent event) {
        if (event.getTarget() == bands) {
            mark(null, null);
        }
    }

    private void done(DragEvent event) {
        if (draggedCard != null) {
            draggedCard.pseudoClassStateChanged(Pseudo.DRAGGED, false);
        }
        draggedCard = null;
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

    private static VendorCard cardAt(Node node) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (current instanceof VendorCard card) {
                return card;
            }
        }
        return null;
    }

    void dispose() {
        mark(null, null);
        draggedCard = null;
    }
}
