package dev.strata.ui;

import dev.strata.model.Layer;
import dev.strata.model.Segment;
import java.util.List;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The commands on one segment of a layer, as menu items: the menu bar's Layer › Segments lists
 * them under each segment's name, and a right click on a segment's title shows them.
 */
final class SegmentItems {

    private SegmentItems() {
    }

    static List<MenuItem> of(EditActions actions, Layer layer, Segment segment) {
        int index = layer.getSegments().indexOf(segment);
        MenuItem left = item("Move Segment _Left", () -> actions.moveSegment(layer, segment, -1));
        left.setDisable(index == 0);
        MenuItem right = item("Move Segment _Right", () -> actions.moveSegment(layer, segment, +1));
        right.setDisable(index == layer.getSegments().size() - 1);
        return List.of(item("Add _Vendor…", () -> actions.addVendorTo(layer, segment.getId())),
                item("Re_name Segment…", () -> actions.renameSegment(segment)), new SeparatorMenuItem(), left, right,
                new SeparatorMenuItem(), item("_Delete Segment", () -> actions.deleteSegment(layer, segment)));
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(event -> action.run());
        return item;
    }
}
