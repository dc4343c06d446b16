package dev.strata.ui;

import dev.strata.model.Layer;
import dev.strata.model.Segment;
import dev.strata.model.Vendor;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The cards of one segment of a layer ({@code .lane > .lane-title, .lane-empty, .cards}); a layer
 * without segments has one lane for all its vendors, a layer with segments one per segment and
 * one for vendors without a segment. The band decides which vendors a lane shows ({@link #show}).
 * A segment's lane with no vendors says so in a card-sized frame, which is also where a dragged
 * card is dropped to put it in the segment, with an {@link AddVendorLink}.
 */
final class SegmentLane extends VBox {

    private final Layer layer;
    private final Segment segment;
    private final ObservableList<Vendor> vendors = FXCollections.observableArrayList();
    private final CardFlow cards;
    private final BooleanProperty searching = new SimpleBooleanProperty(this, "searching");
    private final Label title = new Label();
    private final VBox emptyNote = new VBox();
    private final CardMarks marks;

    /**
     * @param segment the lane's segment; null for the vendors without one
     * @param titled false for the single lane of a layer without segments
     * @param marks tells whether a vendor is selected or linked to one, for its card's marks
     */
    SegmentLane(Layer layer, Segment segment, boolean titled, CardMarks marks, Logos logos, ScrollPane viewport) {
        this.layer = layer;
        this.segment = segment;
        this.marks = marks;
        getStyleClass().add("lane");
        title.getStyleClass().add("lane-title");
        if (segment != null) {
            title.textProperty().bind(segment.nameProperty());
        } else {
            title.setText("No segment");
        }
        title.setVisible(titled);
        title.setManaged(titled);
        ObservableStringValue layerName = layer.nameProperty();
        cards = new CardFlow(vendors, vendor -> {
            VendorCard card = new VendorCard(vendor, layerName, logos);
            marks.apply(card);
            card.vendorProperty().addListener(obs -> {
                // a card pointed at another vendor keeps none of the marks of the one before
                marks.apply(card);
                card.pseudoClassStateChanged(Pseudo.DRAGGED, false);
                card.pseudoClassStateChanged(Pseudo.DROP_BEFORE, false);
                card.pseudoClassStateChanged(Pseudo.DROP_AFTER, false);
            });
            return card;
        }, VendorCard::dispose, viewport);
        VBox.setVgrow(cards, Priority.ALWAYS);
        getChildren().addAll(title, cards);
        if (segment != null) {
            emptyNote.getStyleClass().add("lane-empty");
            emptyNote.visibleProperty().bind(Bindings.isEmpty(vendors).and(searching.not()));
            emptyNote.managedProperty().bind(emptyNote.visibleProperty());
            emptyNote.visibleProperty().addListener((obs, was, shown) -> fillEmptyNote());
            getChildren().add(1, emptyNote);
        }
        if (titled) {
            // a segment's lane stays as a place to drop cards on, unless a search is on; the
            // lane for vendors without a segment only shows when it has some
            visibleProperty().bind(Bindings.createBooleanBinding(
                    () -> !vendors.isEmpty() || (segment != null && !searching.get()), vendors, searching));
            managedProperty().bind(visibleProperty());
        }
    }

    /** What the frame of an empty segment says, made the first time it shows: most segments never do. */
    private void fillEmptyNote() {
        if (segment != null && emptyNote.isVisible() && emptyNote.getChildren().isEmpty()) {
            emptyNote.getChildren().addAll(new Label("No vendors in this segment"), AddVendorLink.to(layer, segment));
        }
    }

    /** The lane whose segment's title {@code node} is, if it is one (its menu, its rename). */
    static Optional<SegmentLane> ofTitle(Node node) {
        return node.getParent() instanceof SegmentLane lane && lane.segment != null && node == lane.title
                ? Optional.of(lane) : Optional.empty();
    }

    /** The lane's segment, or null. */
    Segment segment() {
        return segment;
    }

    /** The id of the lane's segment, or null. */
    String segmentId() {
        return segment == null ? null : segment.getId();
    }

    Layer layer() {
        return layer;
    }

    List<Vendor> vendors() {
        return vendors;
    }

    /** The width each column of cards after the first adds; 0 while the lane is empty. */
    double columnWidth() {
        return cards.columnWidth();
    }

    /** The card showing {@code vendor}, if it is realized (in or near the visible part of the stack). */
    Optional<VendorCard> cardFor(Vendor vendor) {
        return cards.cardFor(vendor);
    }

    /** The realized cards, in no particular order. */
    List<VendorCard> realizedCards() {
        return cards.cards();
    }

    /** The vendors whose cards are or would be where they touch {@code inScene}, realized or not. */
    List<Vendor> vendorsWithin(Bounds inScene) {
        return isVisible() ? cards.vendorsWithin(cards.sceneToLocal(inScene)) : List.of();
    }

    /** Where {@code vendor}'s card is or would be, in scene coordinates. */
    Optional<Bounds> placeInScene(Vendor vendor) {
        return cards.placeOf(vendor).map(cards::localToScene);
    }

    /**
     * The vendors to show, in the layer's order (cards follow for those in sight), and whether
     * they are a search's matches: an empty lane then steps aside.
     */
    void show(List<Vendor> shown, boolean search) {
        searching.set(search);
        if (!shown.equals(vendors)) {
            vendors.setAll(shown);
        }
        fillEmptyNote();
    }

    /** Marks the realized cards whose vendors are selected or linked to one (the others unmarked). */
    void markCards() {
        cards.cards().forEach(marks::apply);
    }

    void dispose() {
        cards.dispose();
        title.textProperty().unbind();
        emptyNote.visibleProperty().unbind();
        visibleProperty().unbind();
    }
}
