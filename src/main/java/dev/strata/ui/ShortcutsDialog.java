package dev.strata.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/**
 * Help › Keyboard Shortcuts: every menu accelerator, read from the menus themselves so the list
 * is always true, and the keys of the stack view.
 */
final class ShortcutsDialog {

    /** The keys the stack view answers to (they have no menu item). */
    static final List<String[]> STACK_KEYS = List.of(
            new String[] {"Up / Down", "Select the layer above / below"},
            new String[] {"Left / Right", "Select the previous / next card; on a layer, collapse / expand it"},
            new String[] {"Home / End", "Select the first / last card of the layer"},
            new String[] {"Enter", "Move to the details of the selection"},
            new String[] {"Ctrl+click", "Add a card to the selection, or take it out"},
            new String[] {"Shift+click", "Select the cards from the one first selected to this one"},
            new String[] {"Shift+arrows", "Select the cards on the way, as Shift+click does"},
            new String[] {"Alt+Up / Alt+Down", "Move the selected vendors to the layer above / below"},
            new String[] {"Alt+Left / Alt+Right", "Move the selected vendors along their lane, on into the next at its end"},
            new String[] {"F2", "Edit the selected vendor or layer"},
            new String[] {"Delete", "Delete the selected vendors or layer"},
            new String[] {"Shift+F10 / Menu", "Open the menu of the selected vendor or layer"},
            new String[] {"Ctrl+Y", "Redo"},
            new String[] {"Esc", "Cancel a drag; clear the search"});

    private ShortcutsDialog() {
    }

    /** Every shortcut as {@code key, action} rows: the menus' first, then the stack's. */
    static List<String[]> rows(MenuBar menus) {
        List<String[]> rows = new ArrayList<>();
        for (Menu menu : menus.getMenus()) {
            collect(menu, menu.getText().replace("_", ""), rows);
        }
        rows.addAll(STACK_KEYS);
        return rows;
    }

    private static void collect(Menu menu, String path, List<String[]> rows) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu submenu) {
                collect(submenu, path + " › " + submenu.getText().replace("_", ""), rows);
            } else if (item.getAccelerator() != null && item.getText() != null) {
                String action = item.getText().replace("_", "").replaceAll("^(Undo|Redo) .*", "$1");
                rows.add(new String[] {item.getAccelerator().getDisplayText(), path + " › " + action});
            }
        }
    }

    static void show(Window owner, MenuBar menus) {
        GridPane table = new GridPane();
        table.getStyleClass().add("shortcuts");
        int row = 0;
        for (String[] shortcut : rows(menus)) {
            Label key = new Label(shortcut[0]);
            key.getStyleClass().add("key");
            Label action = new Label(shortcut[1]);
            action.setWrapText(true); // a long line takes two rather than losing its end
            table.addRow(row++, key, action);
        }
        ColumnConstraints actions = new ColumnConstraints();
        actions.setHgrow(Priority.ALWAYS);
        table.getColumnConstraints().setAll(new ColumnConstraints(), actions);
        ScrollPane scroller = new ScrollPane(table);
        scroller.setPrefViewportHeight(420);
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Keyboard Shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(scroller);
        alert.setResizable(true);
        Theme.matchOwner(owner, alert.getDialogPane().getScene());
        alert.showAndWait();
    }
}
