package dev.strata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Works around Monocle sending no context-menu event. On a desktop, a right click makes the
 * platform's glass send one to the scene after the press ({@code View.notifyMenu}); Monocle's
 * mouse input never does. So after the right click this hands the scene the event a desktop's
 * glass would, at the same point. Test set-up only; on a real display the platform has sent it.
 */
final class MonocleMenu {

    private MonocleMenu() {
    }

    /** Right-clicks the middle of {@code node}, as a person does, and lets its context menu open. */
    static void rightClickOn(FxRobot robot, Node node) {
        Bounds bounds = node.localToScreen(node.getBoundsInLocal());
        rightClickAt(robot, node.getScene(), new Point2D(bounds.getCenterX(), bounds.getCenterY()));
    }

    /** Right-clicks {@code screenPoint} of {@code scene}'s window and lets the context menu there open. */
    static void rightClickAt(FxRobot robot, Scene scene, Point2D screenPoint) {
        robot.moveTo(screenPoint).clickOn(MouseButton.SECONDARY);
        if (!"Monocle".equals(System.getProperty("glass.platform"))) {
            return;
        }
        double sceneX = screenPoint.getX() - scene.getWindow().getX() - scene.getX();
        double sceneY = screenPoint.getY() - scene.getWindow().getY() - scene.getY();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            try {
                Method menuEvent = Scene.class.getDeclaredMethod("processMenuEvent",
                        double.class, double.class, double.class, double.class, boolean.class);
                menuEvent.setAccessible(true);
                menuEvent.invoke(scene, sceneX, sceneY, screenPoint.getX(), screenPoint.getY(), false);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot send the scene a context-menu event", e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Opens the menu bar's menu {@code title} and clicks its item {@code text}: the title is
     * looked for in the menu bar only, as a label of the window may read the same ("Layer").
     */
    static void clickMenuBarItem(FxRobot robot, String title, String text) {
        Node menuBar = robot.lookup(".menu-bar").query();
        robot.clickOn(robot.from(menuBar).lookup(".menu-button").queryAllAs(Labeled.class).stream()
                .filter(button -> button.getText().replace("_", "").equals(title)).findFirst().orElseThrow());
        clickItem(robot, text);
    }

    /**
     * Clicks the item reading {@code text} in an open context menu: not a label of the window
     * that reads the same, nor one of a menu opened and closed before.
     */
    static void clickItem(FxRobot robot, String text) {
        robot.clickOn(shownItem(robot, text));
    }

    /**
     * Opens the submenu {@code menu} and clicks its item {@code text}, moving across into the
     * submenu first as a person does (a slant would pass over the items below and close it).
     */
    static void clickSubmenuItem(FxRobot robot, String menu, String text) {
        clickItem(robot, menu);
        Bounds item = shownItem(robot, text).localToScreen(shownItem(robot, text).getLayoutBounds());
        robot.moveTo(new Point2D(item.getCenterX(), robot.point(shownItem(robot, menu)).query().getY()));
        clickItem(robot, text);
    }

    /** The label of the item reading {@code text} (mnemonic marks dropped) in a context menu on screen. */
    static Labeled shownItem(FxRobot robot, String text) {
        return robot.lookup(".context-menu .label").queryAllAs(Labeled.class).stream()
                .filter(label -> label.getScene() != null && label.getScene().getWindow().isShowing())
                .filter(label -> label.getText().replace("_", "").equals(text)).findFirst().orElseThrow();
    }

    /** The items of the one context menu on screen, as they read (mnemonic marks dropped; "---" a separator). */
    static List<String> shownItems(FxRobot robot) {
        List<Window> menus = robot.listWindows().stream().filter(ContextMenu.class::isInstance)
                .filter(Window::isShowing).toList();
        assertThat(menus).as("one context menu open").hasSize(1);
        return ((ContextMenu) menus.get(0)).getItems().stream()
                .map(item -> item.getText() == null ? "---" : item.getText().replace("_", "")).toList();
    }

    /** The item reading {@code text} (mnemonic marks dropped) of a context menu on screen. */
    static MenuItem shownMenuItem(FxRobot robot, String text) {
        return robot.listWindows().stream().filter(ContextMenu.class::isInstance).map(ContextMenu.class::cast)
                .filter(ContextMenu::isShowing).flatMap(menu -> menu.getItems().stream())
                .filter(item -> text.equals(item.getText() == null ? null : item.getText().replace("_", "")))
                .findFirst().orElseThrow();
    }

    /** Closes the context menus a test left open, so that the next test starts without them. */
    static void closeAll(FxRobot robot) {
        robot.listWindows().stream().filter(ContextMenu.class::isInstance)
                .forEach(menu -> robot.interact(((ContextMenu) menu)::hide));
    }
}
