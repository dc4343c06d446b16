package dev.strata.ui;

import dev.strata.model.Layer;
import dev.strata.model.Vendor;
import java.util.List;

/**
 * A request from the stack view to move vendors, by dragging or with Alt+arrow keys. The view
 * only asks; whoever owns the document turns it into one undoable command.
 *
 * @param vendors the vendors to move, in the order they are to have (one or more)
 * @param index where the first of them goes in {@code to}'s list, counted without the moved vendors
 * @param segment the segment they join in {@code to}, or null for none
 */
public record VendorMove(List<Vendor> vendors, Layer to, int index, String segment) {

    public VendorMove {
        vendors = List.copyOf(vendors);
        if (vendors.isEmpty()) {
            throw new IllegalArgumentException("a move needs a vendor");
        }
    }
}
