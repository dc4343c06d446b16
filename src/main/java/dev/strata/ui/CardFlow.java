package dev.strata.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;

/**
 * A flow of same-sized cards that knows its height by arithmetic. A plain flow pane asks every
 * card for its size on each of the many layout queries a nested, width-dependent layout makes;
 * with hundreds of cards that made drawing a stack take seconds.
 */
final class CardFlow extends FlowPane {

    CardFlow() {
        getStyleClass().add("cards");
    }

    private double measuredWidth = Double.NaN;
    private double measuredHeight;

    /** Remembers the height for one width until something changes (which asks for a new layout). */
    @Override
    public void requestLayout() {
        measuredWidth = Double.NaN;
        super.requestLayout();
    }

    @Override
    protected double computePrefHeight(double width) {
        if (width == measuredWidth) {
            return measuredHeight;
        }
        measuredHeight = measure(width);
        measuredWidth = width;
        return measuredHeight;
    }

    private double measure(double width) {
        List<Node> managed = getManagedChildren();
        int cards = managed.size();
        double vertical = snappedTopInset() + snappedBottomInset();
        if (cards == 0) {
            return vertical;
        }
        Node first = managed.get(0);
        double cardWidth = first.prefWidth(-1);
        double cardHeight = first.prefHeight(-1);
        double available = (width < 0 ? getPrefWrapLength() : width) - snappedLeftInset() - snappedRightInset();
        int perRow = Math.max(1, (int) Math.floor((available + getHgap()) / (cardWidth + getHgap())));
        int rows = (cards + perRow - 1) / perRow;
        return vertical + rows * cardHeight + (rows - 1) * getVgap();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}
