package dev.strata.ui;

import javafx.scene.Node;

/** Where the keyboard focus is. */
final class Focus {

    private Focus() {
    }

    /**
     * True when the focus owner of {@code container}'s scene is {@code container} or lies inside
     * it: a part about to take away or replace its nodes asks this, to keep the focus from
     * falling to the first control of the window.
     */
    static boolean isWithin(Node container) {
        Node focused = container.getScene() == null ? null : container.getScene().getFocusOwner();
        for (Node node = focused; node != null; node = node.getParent()) {
            if (node == container) {
                return true;
            }
        }
        return false;
    }
}
