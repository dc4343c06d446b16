package dev.strata.ui;

import dev.strata.model.Vendor;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * When the pointer rests on a card that cuts its vendor's name or role short, a tooltip shows
 * them whole. One tooltip serves the whole stack, put on a card while the pointer is on it: a
 * stack shows thousands of cards over time, and most have nothing to add.
 */
final class CutTextTooltip {

    private Tooltip tooltip;
    private VendorCard holder;

    /** Watches the cards under {@code cards}. */
    CutTextTooltip(Node cards) {
        cards.addEventHandler(MouseEvent.MOUSE_ENTERED_TARGET, event -> {
            if (event.getTarget() instanceof VendorCard card) {
                entered(card);
            }
        });
        cards.addEventHandler(MouseEvent.MOUSE_EXITED_TARGET, event -> {
            if (event.getTarget() == holder) {
                release();
            }
        });
    }

    private void entered(VendorCard card) {
        release();
        if (!card.cutsText()) {
            return;
        }
        if (tooltip == null) {
            tooltip = new Tooltip();
            tooltip.getStyleClass().add("card-tooltip");
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(420);
        }
        Vendor vendor = card.getVendor();
        tooltip.setText(vendor.getRole().isBlank() ? vendor.getName() : vendor.getName() + "\n" + vendor.getRole());
        Tooltip.install(card, tooltip);
        holder = card;
    }

    private void release() {
        if (holder != null) {
            Tooltip.uninstall(holder, tooltip);
            holder = null;
        }
    }
}
