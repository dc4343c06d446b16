package dev.strata.ui;

import dev.strata.model.Layer;
import dev.strata.model.Segment;
import dev.strata.model.Vendor;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The cards of one segment of a layer ({@code .lane > .lane-title, .cards}); a layer without
 * segments has one lane for all its vendors, a layer with segments one per segment and one for
 * vendors without a segment.
 */
final class SegmentLane extends VBox {

    private final Layer layer;
    private final Segment segment;
    private final FilteredList<Vendor> vendors;
    private final Supplier<Predicate<Vendor>> filter;
    private final CardFlow cards;
    private final Label title = new Label();

    /**
     * @param segment the lane's segment; null for the vendors without one
     * @param titled false for the single lane of a layer without segments
     */
    SegmentLane(Layer layer, Segment segment, boolean titled, Supplier<Predicate<Vendor>> filter,
            Supplier<Vendor> selected, Logos logos, ScrollPane viewport) {
        this.layer = layer;
        this.segment = segment;
        getStyleClass().add("lane");
        this.filter = filter;
        vendors = new FilteredList<>(layer.getVendors(), this::shows);
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
            card.pseudoClassStateChanged(Pseudo.SELECTED, vendor == selected.get());
            card.vendorProperty().addListener(obs -> {
                // a card pointed at another vendor keeps none of the marks of the one before
                card.pseudoClassStateChanged(Pseudo.SELECTED, card.getVendor() == selected.get());
                card.pseudoClassStateChanged(Pseudo.DRAGGED, false);
                card.pseudoClassStateChanged(Pseudo.DROP_BEFORE, false);
                card.pseudoClassStateChanged(Pseudo.DROP_AFTER, false);
            });
            return card;
        }, SegmentLane::disposeCard, viewport);
        VBox.setVgrow(cards, Priority.ALWAYS);
        getChildren().addAll(title, cards);
        if (segment == null && titled) {
            visibleProperty().bind(Bindings.isNotEmpty(vendors));
            managedProperty().bind(visibleProperty());
        }
    }

    /** Only the vendors the search lets through get a card at all. */
    private boolean shows(Vendor vendor) {
        Predicate<Vendor> search = filter.get();
        return belongsHere(vendor) && (search == null || search.test(vendor));
    }

    /**
     * A segment's lane holds the vendors of that segment; the other lane holds the rest: vendors
     * without a segment, or (in a layer without segments) all of them.
     */
    private boolean belongsHere(Vendor vendor) {
        if (segment != null) {
            return segment.getId().equals(vendor.getSegment());
        }
        for (Segment candidate : layer.getSegments()) {
            if (candidate.getId().equals(vendor.getSegment())) {
                return false;
            }
        }
        return true;
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

    /** The card showing {@code vendor}, if it is realized (in or near the visible part of the stack). */
    Optional<VendorCard> cardFor(Vendor vendor) {
        return cards.cardFor(vendor);
    }

    /** The realized cards, in the order of their vendors. */
    List<VendorCard> realizedCards() {
        return cards.cards();
    }

    /** Where {@code vendor}'s card is or would be, in scene coordinates. */
    Optional<Bounds> placeInScene(Vendor vendor) {
        return cards.placeOf(vendor).map(cards::localToScene);
    }

    /** Applies the search again: cards are made for new matches and dropped for the others. */
    void refilter() {
        vendors.setPredicate(this::shows);
    }

    void markSelected(Vendor selected) {
        for (VendorCard card : cards.cards()) {
            card.pseudoClassStateChanged(Pseudo.SELECTED, card.getVendor() == selected);
        }
    }

    void dispose() {
        cards.dispose();
        title.textProperty().unbind();
        visibleProperty().unbind();
    }

    private static void disposeCard(VendorCard card) {
        if (card.getSkin() != null) {
            card.getSkin().dispose();
        }
        card.accessibleTextProperty().unbind();
    }
}
