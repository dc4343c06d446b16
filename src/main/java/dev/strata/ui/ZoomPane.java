package dev.strata.ui;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Orientation;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Shows one region scaled by a zoom factor: the content is laid out at (width / zoom) and drawn
 * scaled, and this pane reports the scaled size to its parent.
 *
 * <p>A {@code Group} around a scaled node would do the same, but a group's layout bounds are its
 * children's bounds: a scroll pane listening to them recomputes them, with a full layout pass of
 * the content, on every change of any node inside. While a stack's cards were styled, that was
 * one layout of the whole stack per card. A region's layout bounds are only its own size.
 */
final class ZoomPane extends Region {

    private final Region content;
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1) {
        @Override
        protected void invalidated() {
            requestLayout();
        }
    };

    ZoomPane(Region content) {
        this.content = content;
        Scale scale = new Scale();
        scale.xProperty().bind(zoom);
        scale.yProperty().bind(zoom);
        content.getTransforms().add(scale);
        getChildren().add(content);
    }

    DoubleProperty zoomProperty() {
        return zoom;
    }

    /** The content's height at actual size when it is laid out across {@code width} at this zoom. */
    double contentHeightAt(double width) {
        return content.prefHeight(width / zoom.get());
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + content.minWidth(-1) * zoom.get() + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + content.prefWidth(-1) * zoom.get() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? -1 : (width - snappedLeftInset() - snappedRightInset()) / zoom.get();
        return snappedTopInset() + content.prefHeight(inner) * zoom.get() + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double width = (getWidth() - snappedLeftInset() - snappedRightInset()) / zoom.get();
        content.resize(width, content.prefHeight(width));
        content.relocate(snappedLeftInset(), snappedTopInset());
    }
}
