package dev.strata.ui;

import dev.strata.model.Layer;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The whole stack drawn as bands, the top layer first and the foundation at the bottom. People
 * select layers and vendors by clicking or with the arrow keys, and move vendors by dragging or
 * with Alt+arrows; the view never changes the model itself but asks {@link #onMoveVendorProperty()}.
 */
public final class StackView extends Control {

    private static final String STYLE_CLASS = "stack-view";

    private final ObjectProperty<Stack> stack = new SimpleObjectProperty<>(this, "stack");
    private final ObservableSet<Layer> collapsedLayers = FXCollections.observableSet();
    private final Selection selection =
            new Selection(vendor -> getStack() == null ? Optional.empty() : getStack().layerOf(vendor));
    private final ObjectProperty<Predicate<Vendor>> filter = new SimpleObjectProperty<>(this, "filter");
    private final ObjectProperty<Consumer<VendorMove>> onMoveVendor = new SimpleObjectProperty<>(this, "onMoveVendor");
    private final ObjectProperty<BiPredicate<Vendor, Layer>> dropPolicy =
            new SimpleObjectProperty<>(this, "dropPolicy", (vendor, layer) -> true);
    private final ObjectProperty<Runnable> onOpenDetails = new SimpleObjectProperty<>(this, "onOpenDetails");
    private final ObjectProperty<BiConsumer<Layer, Integer>> onMoveLayer = new SimpleObjectProperty<>(this, "onMoveLayer");
    private final ObjectProperty<Consumer<SegmentMove>> onMoveSegment = new SimpleObjectProperty<>(this, "onMoveSegment");
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final ObjectProperty<Logos> logos = new SimpleObjectProperty<>(this, "logos", Logos.NONE);

    /** Below this zoom a band shows its summary and counts instead of unreadable cards. */
    public static final double OVERVIEW_BELOW = 0.6;
    public static final double MIN_ZOOM = 0.3;
    public static final double MAX_ZOOM = 2.0;
    /** How much one Zoom In (or one notch of Ctrl+wheel) enlarges the stack. */
    public static final double ZOOM_STEP = 1.25;

    public StackView() {
        getStyleClass().setAll(STYLE_CLASS);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.NODE);
        setAccessibleText("Stack");
    }

    public ObjectProperty<Stack> stackProperty() {
        return stack;
    }

    public Stack getStack() {
        return stack.get();
    }

    public void setStack(Stack value) {
        collapsedLayers.clear();
        selection.clear();
        stack.set(value);
    }

    /** What is selected in this view. */
    public Selection getSelection() {
        return selection;
    }

    /** The layers whose bands show only their title line. */
    public ObservableSet<Layer> getCollapsedLayers() {
        return collapsedLayers;
    }

    /** Expands or collapses every band. */
    public void setAllExpanded(boolean expanded) {
        if (expanded) {
            collapsedLayers.clear();
        } else if (getStack() != null) {
            collapsedLayers.addAll(getStack().getLayers());
        }
    }

    /** Which vendors show; null shows all. */
    public ObjectProperty<Predicate<Vendor>> filterProperty() {
        return filter;
    }

    /** Receives the moves people make by dragging a card or with Alt+arrow keys. */
    public ObjectProperty<Consumer<VendorMove>> onMoveVendorProperty() {
        return onMoveVendor;
    }

    /**
     * Receives the moves of a layer people make by dragging its band by the title: the layer and
     * its new index among the layers (bottom first), counted without it.
     */
    public ObjectProperty<BiConsumer<Layer, Integer>> onMoveLayerProperty() {
        return onMoveLayer;
    }

    /** Receives the moves of a segment people make by dragging its title among its layer's lanes. */
    public ObjectProperty<Consumer<SegmentMove>> onMoveSegmentProperty() {
        return onMoveSegment;
    }

    /** Answers "may this vendor be dropped on that layer?"; every layer accepts by default. */
    public ObjectProperty<BiPredicate<Vendor, Layer>> dropPolicyProperty() {
        return dropPolicy;
    }

    /** Runs when the user presses Enter to read the selection's details. */
    public ObjectProperty<Runnable> onOpenDetailsProperty() {
        return onOpenDetails;
    }

    /** Where cards find their vendors' logos (the stack file's folder); none by default. */
    public ObjectProperty<Logos> logosProperty() {
        return logos;
    }

    /** How large the stack is drawn: 1 is actual size. Kept between {@link #MIN_ZOOM} and {@link #MAX_ZOOM}. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public double getZoom() {
        return zoom.get();
    }

    public void setZoom(double value) {
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value)));
    }

    /**
     * Zooms in ({@code steps} above 0) or out by steps of {@value #ZOOM_STEP} times, as View ›
     * Zoom In does once; a part of a step for a touchpad's small scrolls.
     */
    public void zoomBy(double steps) {
        setZoom(getZoom() * Math.pow(ZOOM_STEP, steps));
    }

    /**
     * Zooms so that the whole stack fits the visible height, as large as it can be up to actual
     * size: with its cards while they fit at {@link #OVERVIEW_BELOW} or more, else as the overview.
     */
    public void zoomToFit() {
        if (getSkin() instanceof StackViewSkin skin) {
            setZoom(skin.zoomToFit());
        }
    }

    /** True when the lanes of {@code layer}'s segments stand one under another as drawn. */
    boolean segmentLanesStacked(Layer layer) {
        return bandFor(layer).map(LayerBand::segmentLanesStacked).orElse(false);
    }

    /** The band drawn for {@code layer}. */
    public Optional<LayerBand> bandFor(Layer layer) {
        return getSkin() instanceof StackViewSkin skin ? skin.bandFor(layer) : Optional.empty();
    }

    /**
     * The vendors whose cards the view shows, in sight or not: the top layer first, each
     * expanded layer's cards lane by lane, only those the filter lets through.
     */
    public List<Vendor> vendorsInDisplayOrder() {
        List<Vendor> shown = new ArrayList<>();
        Stack current = getStack();
        if (current != null) {
            for (int i = current.getLayers().size() - 1; i >= 0; i--) {
                bandFor(current.getLayers().get(i)).filter(LayerBand::isExpanded)
                        .ifPresent(band -> shown.addAll(band.vendorsInDisplayOrder()));
            }
        }
        return shown;
    }

    /** Selects every vendor the view shows ({@link #vendorsInDisplayOrder}); the lead stays if it is one of them. */
    public void selectAllShown() {
        List<Vendor> shown = vendorsInDisplayOrder();
        if (shown.isEmpty()) {
            return;
        }
        Vendor lead = shown.contains(selection.getVendor()) ? selection.getVendor() : shown.get(0);
        getStack().layerOf(lead).ifPresent(layer -> selection.selectRange(shown, lead, layer));
    }

    void requestMove(VendorMove move) {
        Consumer<VendorMove> handler = onMoveVendor.get();
        if (handler != null) {
            handler.accept(move);
        }
    }

    void requestLayerMove(Layer layer, int index) {
        BiConsumer<Layer, Integer> handler = onMoveLayer.get();
        if (handler != null) {
            handler.accept(layer, index);
        }
    }

    void requestSegmentMove(SegmentMove move) {
        Consumer<SegmentMove> handler = onMoveSegment.get();
        if (handler != null) {
            handler.accept(move);
        }
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new StackViewSkin(this);
    }
}
