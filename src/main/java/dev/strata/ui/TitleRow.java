package dev.strata.ui;

import java.util.Objects;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A band's first line: the fold toggle, the layer's name and its vendor count. The count sits
 * after the name while it fits there; a long name wraps beside it, and when beside it a word of
 * the name would have to break, the count goes under the name instead, so that no word is ever
 * split ("Observabilit-y") and the count is never cut.
 */
final class TitleRow extends Region {

    private static final double GAP = 6;

    private final Node toggle;
    private final Label name;
    private final Label count;
    /** Measures the name's words. */
    private final Text measure = new Text();
    private String measuredText;
    private Font measuredFont;
    private double longestWord;

    TitleRow(Node toggle, Label name, Label count) {
        this.toggle = toggle;
        this.name = name;
        this.count = count;
        getStyleClass().add("title-row");
        getChildren().setAll(toggle, name, count);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return insetsWidth() + nameStart() + Math.max(longestWord(), countWidth());
    }

    @Override
    protected double computePrefWidth(double height) {
        double countPart = count.isManaged() ? GAP + countWidth() : 0;
        return insetsWidth() + nameStart() + name.prefWidth(-1) + countPart;
    }

    @Override
    protected double computePrefHeight(double width) {
        Arrangement arrangement = arrange(width < 0 ? prefWidth(-1) : width);
        return snappedTopInset() + arrangement.height() + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        Arrangement arrangement = arrange(getWidth());
        double top = snappedTopInset();
        double left = snappedLeftInset();
        double toggleWidth = toggle.prefWidth(-1);
        double toggleHeight = toggle.prefHeight(toggleWidth);
        if (arrangement.countBelow()) {
            double nameBlock = Math.max(arrangement.nameHeight(), toggleHeight);
            toggle.resizeRelocate(left, top + (nameBlock - toggleHeight) / 2, toggleWidth, toggleHeight);
            name.resizeRelocate(left + nameStart(), top + (nameBlock - arrangement.nameHeight()) / 2,
                    arrangement.nameWidth(), arrangement.nameHeight());
            count.resizeRelocate(left + nameStart(), top + nameBlock + GAP / 2, countWidth(), countHeight());
        } else {
            double height = arrangement.height();
            toggle.resizeRelocate(left, top + (height - toggleHeight) / 2, toggleWidth, toggleHeight);
            name.resizeRelocate(left + nameStart(), top + (height - arrangement.nameHeight()) / 2,
                    arrangement.nameWidth(), arrangement.nameHeight());
            count.resizeRelocate(left + nameStart() + arrangement.nameWidth() + GAP, top + (height - countHeight()) / 2,
                    countWidth(), countHeight());
        }
    }

    /** Where the name goes, and how tall that makes the row, in {@code width}. */
    private Arrangement arrange(double width) {
        double room = Math.max(0, width - insetsWidth() - nameStart());
        double toggleHeight = toggle.prefHeight(-1);
        if (!count.isManaged()) {
            double nameHeight = name.prefHeight(room);
            return new Arrangement(room, nameHeight, false, Math.max(nameHeight, toggleHeight));
        }
        double besideCount = room - GAP - countWidth();
        if (name.prefWidth(-1) <= besideCount || longestWord() <= besideCount) {
            double nameWidth = Math.min(name.prefWidth(-1), besideCount);
            double nameHeight = name.prefHeight(nameWidth);
            return new Arrangement(nameWidth, nameHeight, false, Math.max(Math.max(nameHeight, toggleHeight), countHeight()));
        }
        double nameHeight = name.prefHeight(room);
        return new Arrangement(room, nameHeight, true, Math.max(nameHeight, toggleHeight) + GAP / 2 + countHeight());
    }

    private record Arrangement(double nameWidth, double nameHeight, boolean countBelow, double height) {
    }

    private double nameStart() {
        return toggle.prefWidth(-1) + GAP;
    }

    private double countWidth() {
        return count.prefWidth(-1);
    }

    private double countHeight() {
        return count.prefHeight(-1);
    }

    private double insetsWidth() {
        return snappedLeftInset() + snappedRightInset();
    }

    /** The width of the name's widest word (and a pixel for rounding), with the label's own padding, in the label's font. */
    private double longestWord() {
        String text = Objects.requireNonNullElse(name.getText(), "");
        Font font = name.getFont();
        if (!text.equals(measuredText) || !font.equals(measuredFont)) {
            measuredText = text;
            measuredFont = font;
            measure.setFont(font);
            double widest = 0;
            for (String word : text.split("\\s+")) {
                measure.setText(word);
                widest = Math.max(widest, measure.getLayoutBounds().getWidth());
            }
            longestWord = Math.ceil(widest) + 1 + name.snappedLeftInset() + name.snappedRightInset();
        }
        return longestWord;
    }
}
