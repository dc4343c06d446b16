package dev.strata.ui;

import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

/**
 * The picture a dragged card carries under the pointer: the card itself, and when it takes
 * other selected vendors along, a badge in its corner saying how many move.
 */
final class DragImage {

    private DragImage() {
    }

    /** The picture of {@code card} dragging {@code count} vendors (itself included). */
    static Image of(VendorCard card, int count) {
        SnapshotParameters transparent = new SnapshotParameters();
        transparent.setFill(Color.TRANSPARENT);
        WritableImage picture = card.snapshot(transparent, null);
        if (count < 2) {
            return picture;
        }
        Label badge = new Label(StatusText.number(count));
        badge.getStyleClass().add("drag-count");
        StackPane.setAlignment(badge, Pos.TOP_RIGHT);
        StackPane picturedWithBadge = new StackPane(new ImageView(picture), badge);
        // a scene of its own, off screen, so that the badge is styled in the window's theme
        Theme.of(card.getScene()).applyTo(new Scene(picturedWithBadge, Color.TRANSPARENT));
        return picturedWithBadge.snapshot(transparent, null);
    }
}
