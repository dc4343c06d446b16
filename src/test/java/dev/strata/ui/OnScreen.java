package dev.strata.ui;

import org.testfx.api.FxRobot;

/** The stack's cards and bands as a test finds them in the window: by the name they show. */
final class OnScreen {

    private OnScreen() {
    }

    /** The card drawn for the vendor named {@code name}. */
    static VendorCard card(FxRobot robot, String name) {
        return robot.lookup(".vendor-card").queryAllAs(VendorCard.class).stream()
                .filter(card -> card.getVendor().getName().equals(name)).findFirst().orElseThrow();
    }

    /** The band drawn for the layer named {@code name}. */
    static LayerBand band(FxRobot robot, String name) {
        return robot.lookup(".layer-band").queryAllAs(LayerBand.class).stream()
                .filter(band -> band.getLayer().getName().equals(name)).findFirst().orElseThrow();
    }
}
