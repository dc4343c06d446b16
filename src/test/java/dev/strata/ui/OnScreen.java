package dev.strata.ui;

import javafx.scene.Node;
import org.testfx.api.FxRobot;

/** The stack's cards and bands, and the menus' items, as a test finds them in the window: by the name they show. */
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

    /**
     * Opens the menu bar's {@code menu} and clicks its {@code item}, looked for in the open menu
     * only: the stack may show the same words (an empty segment's "Add Vendor…").
     */
    static void chooseMenuItem(FxRobot robot, String menu, String item) {
        robot.clickOn(menu);
        robot.clickOn(robot.from(robot.lookup(".context-menu").queryAll()).lookup(item).<Node>query());
    }
}
