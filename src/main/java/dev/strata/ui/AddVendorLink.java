package dev.strata.ui;

import dev.strata.model.Layer;
import dev.strata.model.Segment;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;

/**
 * "Add Vendor…" where a layer or a segment has none yet. The link only says where the vendor
 * goes (its {@link Place}); its action event bubbles up to whoever adds vendors (the main
 * window), so the stack's controls need no hold on the editing.
 */
final class AddVendorLink {

    /** Where a vendor added from the link goes: the layer, and the segment (null for none). */
    record Place(Layer layer, String segment) {
    }

    private AddVendorLink() {
    }

    /** @param segment the empty segment, or null for an empty layer without segments */
    static Hyperlink to(Layer layer, Segment segment) {
        Hyperlink link = new Hyperlink("Add Vendor…");
        link.getStyleClass().add("add-vendor");
        link.setUserData(new Place(layer, segment == null ? null : segment.getId()));
        // a screen reader says where, as the eye sees it from the frame around the link
        link.accessibleTextProperty().bind(segment == null
                ? Bindings.concat("Add a vendor to the ", layer.nameProperty(), " layer")
                : Bindings.concat("Add a vendor to ", segment.nameProperty(), " in the ", layer.nameProperty(),
                        " layer"));
        link.setFocusTraversable(false); // the stack is one Tab stop; the keyboard has Edit › Add Vendor
        return link;
    }

    /** The place of the link an action event comes from, if it comes from one. */
    static Optional<Place> placeOf(Event event) {
        return event.getTarget() instanceof Node node && node.getUserData() instanceof Place place
                && node.getStyleClass().contains("add-vendor") ? Optional.of(place) : Optional.empty();
    }
}
