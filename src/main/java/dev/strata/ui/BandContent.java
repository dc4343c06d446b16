package dev.strata.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * What a band shows inside its border: the layer's colour accent down the left edge, the header
 * (name, count, summary, drivers) and beside it the body (the lanes of cards, or the overview
 * when zoomed far out). In a band too narrow for the header and a card side by side, the header
 * goes above the body, which is then indented as far as the header's text, so that cards are
 * never cut off at the band's edge; so it does when the header is only a title (a layer with no
 * summary and no drivers, as imported landscapes have), which leaves the cards the whole width.
 */
final class BandContent extends Region {

    private final Node accent;
    private final Region header;
    private final Region body;
    private final Region overview;
    private final ObservableBooleanValue titleOnly;

    /** @param titleOnly true while the header holds nothing but the layer's title */
    BandContent(Node accent, Region header, Region body, Region overview, ObservableBooleanValue titleOnly) {
        this.accent = accent;
        this.header = header;
        this.body = body;
        this.overview = overview;
        this.titleOnly = titleOnly;
        getStyleClass().add("band-content");
        getChildren().setAll(accent, header, body, overview);
        titleOnly.addListener(obs -> requestLayout());
    }

    /** True when the header stands beside the body at {@code width} (the preferred width when negative). */
    private boolean isSideBySide(double width) {
        if (titleOnly.get() || !body.isManaged() && !overview.isManaged()) {
            // nothing to stand beside: the header takes the band's width, and a long name its count
            return false;
        }
        return width < 0 || width >= snapSizeX(accent.prefWidth(-1)) + header.prefWidth(-1) + mainMinWidth();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        double stacked = Math.max(header.minWidth(-1), header.snappedLeftInset() + mainMinWidth());
        return snappedLeftInset() + snapSizeX(accent.prefWidth(-1)) + stacked + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        double main = body.isManaged() ? body.prefWidth(-1) : 0;
        main = Math.max(main, overview.isManaged() ? overview.prefWidth(-1) : 0);
        double inside = titleOnly.get()
                ? Math.max(header.prefWidth(-1), header.snappedLeftInset() + main)
                : header.prefWidth(-1) + main;
        return snappedLeftInset() + snapSizeX(accent.prefWidth(-1)) + inside + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
        double height = isSideBySide(inner) ? sideBySideHeight(inner) : stackedHeight(inner);
        return snappedTopInset() + height + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        double accentWidth = snapSizeX(accent.prefWidth(-1));
        accent.resizeRelocate(x, y, accentWidth, height);
        double rest = width - accentWidth;
        if (isSideBySide(width)) {
            double headerWidth = snapSizeX(header.prefWidth(-1));
            header.resizeRelocate(x + accentWidth, y, headerWidth, height);
            layoutMain(x + accentWidth + headerWidth, y, rest - headerWidth, height);
        } else {
            double headerHeight = snapSizeY(header.prefHeight(rest));
            header.resizeRelocate(x + accentWidth, y, rest, headerHeight);
            double indent = header.snappedLeftInset();
            double below = headerHeight - sharedPadding();
            layoutMain(x + accentWidth + indent, y + below, rest - indent, height - below);
        }
    }

    private void layoutMain(double x, double y, double width, double height) {
        for (Region main : new Region[] {body, overview}) {
            if (main.isManaged()) {
                main.resizeRelocate(x, y, width, height);
            }
        }
    }

    private double sideBySideHeight(double width) {
        double headerWidth = header.prefWidth(-1);
        double mainWidth = width < 0 ? -1 : width - snapSizeX(accent.prefWidth(-1)) - headerWidth;
        return Math.max(header.prefHeight(headerWidth), mainPrefHeight(mainWidth));
    }

    private double stackedHeight(double width) {
        if (width < 0) {
            return snapSizeY(header.prefHeight(-1)) - sharedPadding() + mainPrefHeight(-1);
        }
        double rest = width - snapSizeX(accent.prefWidth(-1));
        return snapSizeY(header.prefHeight(rest)) - sharedPadding() + mainPrefHeight(rest - header.snappedLeftInset());
    }

    /**
     * One under the other, the header's bottom padding and the cards' top padding overlap (as
     * CSS margins collapse), so the cards are as far below the header as beside it from the top.
     */
    private double sharedPadding() {
        double top = 0;
        for (Region main : new Region[] {body, overview}) {
            if (main.isManaged()) {
                top = Math.max(top, main.snappedTopInset());
            }
        }
        return Math.min(header.snappedBottomInset(), top);
    }

    private double mainPrefHeight(double width) {
        double height = 0;
        for (Region main : new Region[] {body, overview}) {
            if (main.isManaged()) {
                height = Math.max(height, main.prefHeight(width));
            }
        }
        return height;
    }

    private double mainMinWidth() {
        double width = 0;
        for (Region main : new Region[] {body, overview}) {
            if (main.isManaged()) {
                width = Math.max(width, main.minWidth(-1));
            }
        }
        return width;
    }
}
