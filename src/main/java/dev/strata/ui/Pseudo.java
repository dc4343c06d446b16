package dev.strata.ui;

import javafx.css.PseudoClass;

/** The pseudo-classes the stylesheet styles states with. */
final class Pseudo {

    static final PseudoClass COLLAPSED = PseudoClass.getPseudoClass("collapsed");
    static final PseudoClass OVERVIEW = PseudoClass.getPseudoClass("overview");
    static final PseudoClass WITH_LOGO = PseudoClass.getPseudoClass("with-logo");
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** A card whose vendor a link joins to a selected vendor. */
    static final PseudoClass LINKED = PseudoClass.getPseudoClass("linked");
    static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    /** A band of which the search lets no vendor through: it shrinks to its title. */
    static final PseudoClass NO_MATCHES = PseudoClass.getPseudoClass("no-matches");
    static final PseudoClass DROP_BEFORE = PseudoClass.getPseudoClass("drop-before");
    static final PseudoClass DROP_AFTER = PseudoClass.getPseudoClass("drop-after");
    static final PseudoClass DROP_REFUSED = PseudoClass.getPseudoClass("drop-refused");
    static final PseudoClass DRAGGED = PseudoClass.getPseudoClass("dragged");

    private Pseudo() {
    }
}
