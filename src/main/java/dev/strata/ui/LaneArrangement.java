package dev.strata.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.SizeConverter;
import javafx.geometry.Orientation;
import javafx.scene.layout.Pane;

/**
 * A band's segment lanes: side by side while there are few, each gets at least its preferred
 * width (one card) and the band is not much taller for it, one under the other across the
 * whole width otherwise, so that no lane is ever pushed out of a band too narrow for them all.
 * Side by side, each lane gets at least the widest one's preferred width (so an emptied lane
 * does not shrink), the width left over goes first in whole columns of cards to the lane with
 * the most rows, as long as one fits, then in equal shares, and every lane is as tall as the
 * tallest; one under the other, each is as tall as its cards need. The gap between lanes is
 * {@code -fx-spacing}.
 */
final class LaneArrangement extends Pane {

    private static final CssMetaData<LaneArrangement, Number> SPACING = new CssMetaData<>("-fx-spacing",
            SizeConverter.getInstance(), 0.0) {
        @Override
        public boolean isSettable(LaneArrangement arrangement) {
            return !arrangement.spacing.isBound();
        }

        @Override
        public StyleableProperty<Number> getStyleableProperty(LaneArrangement arrangement) {
            return arrangement.spacing;
        }
    };

    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA = cssMetaData();

    private static List<CssMetaData<? extends Styleable, ?>> cssMetaData() {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Pane.getClassCssMetaData());
        all.add(SPACING);
        return List.copyOf(all);
    }

    private final StyleableDoubleProperty spacing = new StyleableDoubleProperty() {
        @Override
        protected void invalidated() {
            requestLayout();
        }

        @Override
        public Object getBean() {
            return LaneArrangement.this;
        }

        @Override
        public String getName() {
            return "spacing";
        }

        @Override
        public CssMetaData<LaneArrangement, Number> getCssMetaData() {
            return SPACING;
        }
    };

    /** Side by side, the lanes may make the band at most this many times as tall as one under another. */
    private static final double MAX_HEIGHT_SIDE_BY_SIDE = 1.5;

    private final boolean sideBySideAllowed;

    /** @param sideBySideAllowed false to put the lanes one under the other at any width */
    LaneArrangement(List<SegmentLane> lanes, boolean sideBySideAllowed) {
        this.sideBySideAllowed = sideBySideAllowed;
        getStyleClass().add("lane-arrangement");
        getChildren().setAll(lanes);
    }

    /**
     * True when the lanes stand side by side at {@code width} (the preferred width when
     * negative): they fit, and the band is not half again as tall so as with the lanes one under
     * another (a lane of many cards beside two short ones would stand one card wide, far down;
     * a lane of a few more cards than its neighbour, or one emptied by a drag, stays beside it).
     */
    private boolean isSideBySide(double width) {
        if (!sideBySideAllowed) {
            return false;
        }
        if (width < 0) {
            return true;
        }
        if (sideBySideWidth() > width) {
            return false;
        }
        List<SegmentLane> lanes = lanes();
        return lanes.isEmpty()
                || sideBySideHeight(lanes, width) <= MAX_HEIGHT_SIDE_BY_SIDE * stackedHeight(lanes, width);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return horizontalInsets() + lanes().stream().mapToDouble(lane -> lane.minWidth(-1)).max().orElse(0);
    }

    @Override
    protected double computePrefWidth(double height) {
        if (isSideBySide(-1)) {
            return sideBySideWidth();
        }
        return horizontalInsets() + lanes().stream().mapToDouble(lane -> lane.prefWidth(-1)).max().orElse(0);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        List<SegmentLane> lanes = lanes();
        double vertical = snappedTopInset() + snappedBottomInset();
        if (lanes.isEmpty()) {
            return vertical;
        }
        if (isSideBySide(width)) {
            return vertical + sideBySideHeight(lanes, width < 0 ? sideBySideWidth() : width);
        }
        return vertical + stackedHeight(lanes, width);
    }

    /** The lanes' height side by side at {@code width}: the tallest lane's. */
    private double sideBySideHeight(List<SegmentLane> lanes, double width) {
        double[] widths = sideBySideWidths(lanes, width);
        double tallest = 0;
        for (int i = 0; i < lanes.size(); i++) {
            tallest = Math.max(tallest, lanes.get(i).prefHeight(widths[i]));
        }
        return tallest;
    }

    /** The lanes' height one under another at {@code width} (the preferred when negative). */
    private double stackedHeight(List<SegmentLane> lanes, double width) {
        double laneWidth = width < 0 ? -1 : width - horizontalInsets();
        double height = snapSpaceY(spacing.get()) * (lanes.size() - 1);
        for (SegmentLane lane : lanes) {
            height += snapSizeY(lane.prefHeight(laneWidth));
        }
        return height;
    }

    @Override
    protected void layoutChildren() {
        List<SegmentLane> lanes = lanes();
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double width = getWidth() - horizontalInsets();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        if (isSideBySide(getWidth())) {
            double[] widths = sideBySideWidths(lanes, getWidth());
            for (int i = 0; i < lanes.size(); i++) {
                lanes.get(i).resizeRelocate(x, y, widths[i], height);
                x += widths[i] + snapSpaceX(spacing.get());
            }
        } else {
            for (SegmentLane lane : lanes) {
                double laneHeight = snapSizeY(lane.prefHeight(width));
                lane.resizeRelocate(x, y, width, laneHeight);
                y += laneHeight + snapSpaceY(spacing.get());
            }
        }
    }

    /**
     * The widest lane's preferred width for each, more columns for the lanes with the most rows
     * while they fit in {@code width}, and an equal share of what is left.
     */
    private double[] sideBySideWidths(List<SegmentLane> lanes, double width) {
        double[] widths = new double[lanes.size()];
        Arrays.fill(widths, widestLane(lanes));
        double left = width - sideBySideWidth();
        for (int tallest = tallestLane(lanes, widths); tallest >= 0; tallest = tallestLane(lanes, widths)) {
            double column = snapSizeX(lanes.get(tallest).columnWidth());
            if (column > left) {
                break;
            }
            widths[tallest] += column;
            left -= column;
        }
        double share = snapSizeX(left / lanes.size());
        for (int i = 0; i < widths.length; i++) {
            widths[i] += share;
        }
        return widths;
    }

    /** The lane with the most rows of cards at {@code widths}, if one has more than one row; else -1. */
    private int tallestLane(List<SegmentLane> lanes, double[] widths) {
        int tallest = -1;
        int mostRows = 1;
        for (int i = 0; i < widths.length; i++) {
            SegmentLane lane = lanes.get(i);
            if (lane.columnWidth() > 0) {
                int columns = 1 + (int) Math.floor((widths[i] - snapSizeX(lane.prefWidth(-1))) / lane.columnWidth());
                int rows = (lane.vendors().size() + columns - 1) / columns;
                if (rows > mostRows) {
                    mostRows = rows;
                    tallest = i;
                }
            }
        }
        return tallest;
    }

    /** Side by side, every lane at least as wide as the widest wants (one card), so an empty one stays a place to drop on. */
    private double sideBySideWidth() {
        List<SegmentLane> lanes = lanes();
        return horizontalInsets() + snapSpaceX(spacing.get()) * Math.max(0, lanes.size() - 1)
                + widestLane(lanes) * lanes.size();
    }

    private double widestLane(List<SegmentLane> lanes) {
        double widest = 0;
        for (SegmentLane lane : lanes) {
            widest = Math.max(widest, snapSizeX(lane.prefWidth(-1)));
        }
        return widest;
    }

    private double horizontalInsets() {
        return snappedLeftInset() + snappedRightInset();
    }

    /** The lanes that take part in layout (a lane with nothing to show is left out). */
    private List<SegmentLane> lanes() {
        return getManagedChildren();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS_META_DATA;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS_META_DATA;
    }
}
