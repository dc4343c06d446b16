package dev.strata.ui;

import dev.strata.model.Vendor;
import java.util.function.Predicate;

/**
 * What a card shows of the selection: whether its vendor is selected ({@code :selected}), and
 * whether a link joins it to a selected vendor ({@code :linked}).
 */
record CardMarks(Predicate<Vendor> selected, Predicate<Vendor> linked) {

    /** Marks {@code card} as its vendor is now. */
    void apply(VendorCard card) {
        card.pseudoClassStateChanged(Pseudo.SELECTED, selected.test(card.getVendor()));
        card.pseudoClassStateChanged(Pseudo.LINKED, linked.test(card.getVendor()));
    }
}
