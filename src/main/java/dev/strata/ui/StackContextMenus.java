package dev.strata.ui;

import dev.strata.model.Driver;
import dev.strata.model.Layer;
import dev.strata.model.Link;
import dev.strata.model.Vendor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The stack's right-click menus: on a card the vendor's commands, on a driver's chip the
 * driver's, on a segment's title the segment's ({@link SegmentItems}), on a band the layer's
 * (Paste puts vendors there), elsewhere the stack's; Shift+F10 or the menu key opens the
 * selection's. An item that the menu bar also has fires the menu
 * bar's item, so the two always do the same thing and are enabled alike. The press that opens
 * a menu has already selected what it is on, which is what those items act on.
 */
final class StackContextMenus {

    /** The menu bar's items that the context menus repeat. */
    record Commands(MenuItem editVendor, MenuItem duplicate, MenuItem addLink, MenuItem delete, MenuItem cut,
            MenuItem copy, MenuItem paste, MenuItem addVendor, MenuItem editLayer, MenuItem addSegment,
            MenuItem addDriver, MenuItem moveLayerUp, MenuItem moveLayerDown, MenuItem sortVendors, MenuItem addLayer,
            MenuItem stackProperties, MenuItem expandAll, MenuItem collapseAll) {
    }

    /** How far inside its card or band a menu opened from the keyboard appears. */
    private static final double KEYBOARD_OFFSET = 16;

    private final StackView view;
    private final Commands commands;
    private final EditActions actions;
    private final Consumer<String> openWebsite;
    private ContextMenu shown;

    /**
     * @param actions what the items without a menu bar twin do (move to a layer, remove a link, a
     *        segment's commands)
     * @param openWebsite opens a vendor's http(s) address in the system browser
     */
    StackContextMenus(StackView view, Commands commands, EditActions actions, Consumer<String> openWebsite) {
        this.view = Objects.requireNonNull(view, "view");
        this.commands = Objects.requireNonNull(commands, "commands");
        this.actions = Objects.requireNonNull(actions, "actions");
        this.openWebsite = Objects.requireNonNull(openWebsite, "openWebsite");
        view.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::requested);
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** A right click (or the platform's menu gesture) on the view: the menu of what it is on. */
    private void requested(ContextMenuEvent event) {
        event.consume();
        if (event.isKeyboardTrigger()) {
            openForSelection();
            return;
        }
        Selection selection = view.getSelection();
        List<MenuItem> items;
        Optional<Driver> driver = driverAt(event);
        Optional<SegmentLane> titled = under(event, node -> SegmentLane.ofTitle(node).isPresent())
                .flatMap(SegmentLane::ofTitle);
        if (driver.isPresent()) {
            items = driverItems(driver.get());
        } else if (titled.isPresent()) {
            Layer layer = titled.get().layer();
            items = SegmentItems.of(actions, layer, titled.get().segment(), view.segmentLanesStacked(layer));
        } else if (pointsAt(event, VendorCard.class)) {
            items = vendorItems(selection.getVendor(), selection.getLayer());
        } else if (pointsAt(event, LayerBand.class)) {
            items = layerItems(selection.getLayer());
        } else {
            items = stackItems();
        }
        show(items, new Point2D(event.getScreenX(), event.getScreenY()));
    }

    /** The menu key, or Shift+F10, as on any desktop: the selection's menu. */
    private void keyPressed(KeyEvent event) {
        if (event.getCode() == KeyCode.CONTEXT_MENU || (event.getCode() == KeyCode.F10 && event.isShiftDown())) {
            event.consume();
            openForSelection();
        }
    }

    private void openForSelection() {
        Selection selection = view.getSelection();
        List<MenuItem> items = selection.getVendor() != null ? vendorItems(selection.getVendor(), selection.getLayer())
                : selection.getLayer() != null ? layerItems(selection.getLayer()) : stackItems();
        show(items, besideSelection(selection));
    }

    private void show(List<MenuItem> items, Point2D at) {
        if (shown != null) {
            shown.hide();
        }
        shown = new ContextMenu(items.toArray(MenuItem[]::new));
        shown.getStyleClass().add("stack-context-menu");
        shown.show(view, at.getX(), at.getY());
    }

    /** Where a menu opened from the keyboard goes: inside the selected card or band, else the view. */
    private Point2D besideSelection(Selection selection) {
        Optional<LayerBand> band = selection.getLayer() == null ? Optional.empty() : view.bandFor(selection.getLayer());
        Node anchor = band.<Node>flatMap(found -> selection.getVendor() == null ? Optional.of(found)
                : found.cardFor(selection.getVendor()).map(Node.class::cast)).orElse(view);
        Bounds bounds = anchor.localToScreen(anchor.getLayoutBounds());
        return new Point2D(bounds.getMinX() + KEYBOARD_OFFSET, bounds.getMinY() + KEYBOARD_OFFSET);
    }

    /** The driver whose chip the pointer is on (a chip holds its driver as user data). */
    private Optional<Driver> driverAt(ContextMenuEvent event) {
        return under(event, node -> node.getStyleClass().contains("driver-chip") && node.getUserData() instanceof Driver)
                .map(chip -> (Driver) chip.getUserData());
    }

    private List<MenuItem> driverItems(Driver driver) {
        return List.of(item("_Edit Driver…", () -> actions.editDriver(driver)),
                item("_Delete Driver", () -> actions.deleteDriver(driver)));
    }

    /** Whether the pointer is on a node of that kind (a card, a band) inside the view. */
    private boolean pointsAt(ContextMenuEvent event, Class<? extends Node> kind) {
        return under(event, kind::isInstance).isPresent();
    }

    /** The innermost node under the pointer, or around it inside the view, that is {@code wanted}. */
    private Optional<Node> under(ContextMenuEvent event, Predicate<Node> wanted) {
        for (Node node = event.getPickResult().getIntersectedNode(); node != null && node != view;
                node = node.getParent()) {
            if (wanted.test(node)) {
                return Optional.of(node);
            }
        }
        return Optional.empty();
    }

    private List<MenuItem> vendorItems(Vendor vendor, Layer layer) {
        List<MenuItem> items = new ArrayList<>(List.of(same(commands.editVendor()), same(commands.duplicate()),
                same(commands.delete()), new SeparatorMenuItem(), same(commands.cut()), same(commands.copy()),
                same(commands.paste()), new SeparatorMenuItem(), moveToLayer(layer), same(commands.addLink())));
        List<Link> links = view.getStack().getLinks().stream()
                .filter(link -> link.getFrom().equals(vendor.getId()) || link.getTo().equals(vendor.getId())).toList();
        if (!links.isEmpty()) {
            Menu remove = new Menu("_Remove Link");
            for (Link link : links) {
                MenuItem item = item(LinkPhrase.of(link, vendor, view.getStack()), () -> actions.removeLink(link));
                item.setMnemonicParsing(false);
                remove.getItems().add(item);
            }
            items.add(remove);
        }
        if (vendor.getWebsite() != null) {
            items.add(item("Open _Website", () -> openWebsite.accept(vendor.getWebsite())));
        }
        return items;
    }

    /** The layers the selected vendors can go to, to the end of it; a single vendor's own layer is left out. */
    private Menu moveToLayer(Layer from) {
        Menu menu = new Menu("_Move to Layer");
        List<Layer> layers = view.getStack().getLayers();
        for (int i = layers.size() - 1; i >= 0; i--) { // top to bottom, as they are drawn
            Layer to = layers.get(i);
            MenuItem target = item(to.getName(), () -> actions.moveSelectedTo(to));
            target.setMnemonicParsing(false);
            target.setDisable(to == from && !view.getSelection().hasSeveral());
            menu.getItems().add(target);
        }
        return menu;
    }

    private List<MenuItem> layerItems(Layer layer) {
        boolean collapsed = view.getCollapsedLayers().contains(layer);
        MenuItem fold = item(collapsed ? "E_xpand Layer" : "C_ollapse Layer", () -> {
            if (collapsed) {
                view.getCollapsedLayers().remove(layer);
            } else {
                view.getCollapsedLayers().add(layer);
            }
        });
        return List.of(same(commands.addVendor()), same(commands.paste()), same(commands.editLayer()),
                same(commands.addSegment()), same(commands.addDriver()), same(commands.sortVendors()),
                new SeparatorMenuItem(), same(commands.moveLayerUp()), same(commands.moveLayerDown()),
                same(commands.delete()),
                new SeparatorMenuItem(), fold);
    }

    private List<MenuItem> stackItems() {
        return List.of(same(commands.addLayer()), same(commands.stackProperties()), new SeparatorMenuItem(),
                same(commands.expandAll()), same(commands.collapseAll()));
    }

    /**
     * An item that fires the menu bar's {@code command}, named and enabled as it is now, and
     * showing its shortcut. A menu shown this way puts no shortcut in the scene, so the key stays
     * the menu bar's.
     */
    private static MenuItem same(MenuItem command) {
        MenuItem item = item(command.getText(), command::fire);
        item.setDisable(command.isDisable());
        item.setAccelerator(command.getAccelerator());
        return item;
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(event -> action.run());
        return item;
    }
}
