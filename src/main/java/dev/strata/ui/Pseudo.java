package dev.strata.ui;

import javafx.css.PseudoClass;

/** The pseudo-classes the stylesheet styles states with. */
final class Pseudo {

    static final PseudoClass COLLAPSED = PseudoClass.getPseudoClass("collapsed");
    static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");

    private Pseudo() {
    }
}
