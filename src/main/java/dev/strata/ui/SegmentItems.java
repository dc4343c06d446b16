package dev.strata.ui;

import dev.strata.model.Layer;
import dev.strata.model.Segment;
import java.util.List;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The commands on one segment of a layer, as menu items: the menu bar's Layer › Segments lists
 * them under each segment's name, and a right click on a segment's title shows them. A segment
 * moves left or right among lanes side by side, up or down among lanes one under another.
 */
final class SegmentItems {

    private SegmentItems() {
    }

    /** @param stacked whether the layer's lanes stand one under another as drawn */
    static List<MenuItem> of(EditActions actions, Layer layer, Segment segment, boolean stacked) {
        int index = layer.getSegments().indexOf(segment);
        MenuItem earlier = item(stacked ? "Move Segment _Up" : "Move Segment _Left",
                () -> actions.moveSegment(layer, segment, -1));
        earlier.setDisable(index == 0);
        MenuItem later = item(stacked ? "Move Segment Do_wn" : "Move Segment _Right",
                () -> actions.moveSegment(layer, segment, +1));
        later.setDisable(index == layer.getSegments().size() - 1);
        return List.of(item("Add _Vendor…", () -> actions.addVendorTo(layer, segment.getId())),
                item("Re_name Segment…", () -> actions.renameSegment(segment)), new SeparatorMenuItem(), earlier,
                later, new SeparatorMenuItem(), item("_Delete Segment", () -> actions.deleteSegment(layer, segment)));
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(event -> action.run());
        return item;
    }
}
