package dev.strata.ui;

import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.testfx.util.WaitForAsyncUtils;

/** The vendor cards drawn under a node, read as a person reads them: row by row, left to right. */
final class DrawnCards {

    private DrawnCards() {
    }

    /** Lays the window out first (cards follow the model at the next layout), on the JavaFX thread. */
    static List<String> names(Node root) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            root.getScene().getRoot().applyCss();
            root.getScene().getRoot().layout();
            return read(root);
        });
    }

    private static List<String> read(Node root) {
        return root.lookupAll(".vendor-card").stream()
                .filter(Node::isVisible)
                .map(VendorCard.class::cast)
                .sorted(Comparator.comparing((VendorCard card) -> scene(card).getMinY())
                        .thenComparing(card -> scene(card).getMinX()))
                .map(card -> card.getVendor().getName())
                .toList();
    }

    private static Bounds scene(Node node) {
        return node.localToScene(node.getLayoutBounds()); // without shadows, which differ under the pointer
    }
}
