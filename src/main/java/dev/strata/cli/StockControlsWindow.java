package dev.strata.cli;

import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A reference for the start-up figures of {@code strata bench}: a window of the stock JavaFX
 * controls Strata's window is made of (a menu bar of four menus, a tool bar of icon buttons with
 * tooltips and a search field, a split pane holding a scroll pane of four bands of cards and a tab
 * pane, a status bar), with JavaFX's default stylesheet and none of Strata's code, FXML or CSS.
 * What it costs to start shows what a window of this kind costs before any application work.
 */
final class StockControlsWindow {

    private static final String[] MENUS = {"File", "Edit", "View", "Help"};
    private static final int[] MENU_ITEMS = {10, 14, 9, 2};
    private static final int TOOL_BUTTONS = 8;
    private static final int BANDS = 4;
    private static final int CARDS_PER_BAND = 6;

    private StockControlsWindow() {
    }

    /** The window's content; called on the JavaFX thread. */
    static Parent content() {
        BorderPane window = new BorderPane();
        window.setTop(new VBox(menuBar(), toolBar()));
        SplitPane split = new SplitPane(new ScrollPane(bands()), sidePanel());
        split.setDividerPositions(0.74);
        window.setCenter(split);
        window.setBottom(new HBox(new Label("Ready"), new ProgressBar(0)));
        return window;
    }

    private static MenuBar menuBar() {
        MenuBar bar = new MenuBar();
        for (int m = 0; m < MENUS.length; m++) {
            Menu menu = new Menu("_" + MENUS[m]);
            for (int i = 0; i < MENU_ITEMS[m]; i++) {
                MenuItem item = new MenuItem("Item _" + i, new Region());
                item.setAccelerator(KeyCombination.valueOf("Shortcut+Shift+F" + (i + 1)));
                menu.getItems().add(item);
                if (i % 4 == 3) {
                    menu.getItems().add(new SeparatorMenuItem());
                }
            }
            bar.getMenus().add(menu);
        }
        return bar;
    }

    private static ToolBar toolBar() {
        ToolBar bar = new ToolBar();
        for (int i = 0; i < TOOL_BUTTONS; i++) {
            Button button = new Button(null, new Region());
            button.setTooltip(new Tooltip("Tool " + i));
            bar.getItems().add(button);
            if (i % 3 == 2) {
                bar.getItems().add(new Separator(Orientation.VERTICAL));
            }
        }
        bar.getItems().addAll(new Label("Stack › Layer"), new TextField());
        return bar;
    }

    private static VBox bands() {
        VBox bands = new VBox();
        for (int b = 0; b < BANDS; b++) {
            FlowPane cards = new FlowPane();
            for (int c = 0; c < CARDS_PER_BAND; c++) {
                cards.getChildren().add(new VBox(new Label("Vendor " + c), new Label("What it does")));
            }
            bands.getChildren().add(new VBox(new Label("Layer " + b), cards));
        }
        return bands;
    }

    private static TabPane sidePanel() {
        VBox details = new VBox(new Label("Layer"), new Label("What the layer holds"), new Hyperlink("website"));
        return new TabPane(new Tab("Details", details), new Tab("Insights"));
    }
}
