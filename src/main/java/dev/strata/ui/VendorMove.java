package dev.strata.ui;

import dev.strata.model.Layer;
import dev.strata.model.Vendor;

/**
 * A request from the stack view to move a vendor, by dragging or with Alt+arrow keys. The view
 * only asks; whoever owns the document turns it into one undoable command.
 *
 * @param index the vendor's index in {@code to}'s list once moved
 */
public record VendorMove(Vendor vendor, Layer from, Layer to, int index, String segment) {
}
