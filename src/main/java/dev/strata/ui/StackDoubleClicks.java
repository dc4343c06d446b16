package dev.strata.ui;

import dev.strata.model.Driver;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * A double click opens what was clicked for editing, as in any editor: a card its vendor, a
 * driver's chip its driver, a segment's title the segment's name, elsewhere on a band its layer.
 * The first click has selected it; the vendor and layer are edited by firing the menu bar's
 * items. A double click on a button (the band's chevron) stays two clicks of that button.
 */
final class StackDoubleClicks {

    private final StackView view;
    private final MenuItem editVendor;
    private final MenuItem editLayer;
    private final EditActions actions;

    StackDoubleClicks(StackView view, MenuItem editVendor, MenuItem editLayer, EditActions actions) {
        this.view = Objects.requireNonNull(view, "view");
        this.editVendor = Objects.requireNonNull(editVendor, "editVendor");
        this.editLayer = Objects.requireNonNull(editLayer, "editLayer");
        this.actions = Objects.requireNonNull(actions, "actions");
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
    }

    private void clicked(MouseEvent event) {
        // with Ctrl or Shift, quick clicks add cards to the selection and take them out again
        if (event.getButton() != MouseButton.PRIMARY || event.getClickCount() != 2 || !event.isStillSincePress()
                || event.isShortcutDown() || event.isShiftDown()) {
            return;
        }
        for (Node node = event.getPickResult().getIntersectedNode(); node != null && node != view;
                node = node.getParent()) {
            if (node instanceof ButtonBase) {
                return;
            }
            if (node.getStyleClass().contains("driver-chip") && node.getUserData() instanceof Driver driver) {
                actions.editDriver(driver);
                event.consume();
                return;
            }
            Optional<SegmentLane> titled = SegmentLane.ofTitle(node);
            if (titled.isPresent()) {
                actions.renameSegment(titled.get().segment());
                event.consume();
                return;
            }
            if (node instanceof VendorCard || node instanceof LayerBand) {
                MenuItem edit = node instanceof VendorCard ? editVendor : editLayer;
                if (!edit.isDisable()) {
                    edit.fire();
                }
                event.consume();
                return;
            }
        }
    }
}
