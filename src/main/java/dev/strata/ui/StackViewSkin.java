package dev.strata.ui;

import dev.strata.model.Layer;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.VBox;

/**
 * A scrolling column of {@link LayerBand}s that follows the stack's layers, marks the
 * selection, and hands clicks, keys and drags to the selection, {@link StackKeyboard},
 * {@link CardDragging} and {@link MarqueeSelection}.
 */
final class StackViewSkin extends SkinBase<StackView> {

    /** Narrower than this, the stack scrolls sideways instead of squeezing its bands. */
    private static final double MIN_WIDTH = 320;
    /** Halvings of the zoom range in a fit: a zoom within 1/4096 of the largest that fits. */
    private static final int FIT_STEPS = 12;
    /** How far one notch of a mouse wheel scrolls where the platform does not say: one zoom step. */
    private static final double WHEEL_NOTCH = 40;
    /** The room left between a card scrolled into sight and the edge of the view, for its shadow and focus ring. */
    private static final double REVEAL_MARGIN = 12;

    private final VBox bands = new VBox();
    private final ScrollPane scroller;
    private final ZoomPane zoomed;
    private final ListChangeListener<Layer> repositionBands = change -> reposition();
    private final SetChangeListener<Layer> collapsedListener = this::followCollapsed;
    private final InvalidationListener selectionListener = obs -> markSelection();
    private final InvalidationListener linksListener = obs -> markLinked();
    /** The vendors a link joins to a selected vendor, whose cards say so. */
    private Set<Vendor> linked = Set.of();
    private final InvalidationListener filterListener = obs -> applyFilter();
    private final CardDragging dragging;
    private NodeListBinding<Layer> bandBinding;
    private Stack shown;
    private boolean selectingWithPointer;
    /** The scene whose next layout pass will reveal the selection again; null when none will. */
    private Scene revealAfterLayoutIn;
    private final Runnable revealAfterLayout = this::revealAfterLayout;

    StackViewSkin(StackView view) {
        super(view);
        consumeMouseEvents(false);
        bands.getStyleClass().add("bands");
        bands.setMinWidth(MIN_WIDTH);
        zoomed = new ZoomPane(bands);
        zoomed.zoomProperty().bind(view.zoomProperty());
        scroller = new ScrollPane(zoomed);
        scroller.getStyleClass().add("stack-scroller");
        scroller.setSkin(new UncachedScrollPaneSkin(scroller));
        scroller.setFocusTraversable(false);
        scroller.setFitToWidth(true);
        // a scroll pane takes the focus when pressed, and with it the arrow, Home and End keys
        scroller.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                view.requestFocus();
            }
        });
        getChildren().add(scroller);
        // Ctrl+wheel and a touchpad's pinch zoom, as in any viewer; a plain wheel still scrolls
        scroller.addEventFilter(ScrollEvent.SCROLL, event -> {
            if (event.isShortcutDown() && event.getDeltaY() != 0) {
                // the multiplier is the platform's pixels per notch; a touchpad's small scrolls make a part of a step
                view.zoomBy(event.getDeltaY() / (event.getMultiplierY() > 0 ? event.getMultiplierY() : WHEEL_NOTCH));
                event.consume();
            }
        });
        scroller.addEventHandler(ZoomEvent.ZOOM, event -> {
            view.setZoom(view.getZoom() * event.getZoomFactor());
            event.consume();
        });
        registerChangeListener(view.zoomProperty(), obs -> {
            applyOverview();
            revealSelectionOnceLaidOut();
        });

        registerChangeListener(view.stackProperty(), obs -> show(view.getStack()));
        registerChangeListener(view.logosProperty(), obs -> show(view.getStack()));
        view.getCollapsedLayers().addListener(collapsedListener);
        view.getSelection().layerProperty().addListener(selectionListener);
        view.getSelection().vendorProperty().addListener(selectionListener);
        view.getSelection().vendorsProperty().addListener(selectionListener);
        view.filterProperty().addListener(filterListener);
        bands.addEventHandler(MouseEvent.MOUSE_PRESSED, this::select);
        bands.addEventHandler(MouseEvent.MOUSE_CLICKED, this::selectOnlyClicked);
        view.addEventHandler(KeyEvent.KEY_PRESSED, new StackKeyboard(view, this));
        dragging = new CardDragging(view, bands, scroller);
        new MarqueeSelection(view, bands, scroller, getChildren());
        new LayerDragging(view, bands, scroller, getChildren());
        new SegmentDragging(view, bands, scroller, getChildren());
        new CutTextTooltip(bands);
        show(view.getStack());
    }

    private void show(Stack stack) {
        if (bandBinding != null) {
            bandBinding.dispose();
            shown.getLayers().removeListener(repositionBands);
            shown.getLinks().removeListener(linksListener);
        }
        shown = stack;
        bandBinding = null;
        if (stack != null) {
            bandBinding = new NodeListBinding<>(stack.getLayers(), bands.getChildren(),
                    this::makeBand, StackViewSkin::disposeBand, true);
            stack.getLayers().addListener(repositionBands);
            stack.getLinks().addListener(linksListener);
            reposition();
            markSelection();
        }
    }

    Optional<LayerBand> bandFor(Layer layer) {
        return bandBinding == null ? Optional.empty() : Optional.ofNullable((LayerBand) bandBinding.nodeOf(layer));
    }

    Stack stack() {
        return shown;
    }

    /** The drag of a card, for a scripted drag. */
    CardDragging dragging() {
        return dragging;
    }

    private LayerBand makeBand(Layer layer) {
        LayerBand band = new LayerBand(layer,
                new FilteredList<>(shown.getDrivers(), driver -> layer.getId().equals(driver.getLayer())),
                getSkinnable().logosProperty().get());
        band.viewportProperty().set(scroller);
        band.overviewProperty().set(getSkinnable().getZoom() < StackView.OVERVIEW_BELOW);
        band.setExpanded(!getSkinnable().getCollapsedLayers().contains(layer));
        band.filterProperty().set(getSkinnable().filterProperty().get());
        // a layer moved up or down gets a new band: it is drawn selected if its layer is
        Selection selection = getSkinnable().getSelection();
        band.selectedProperty().set(layer == selection.getLayer() && selection.getVendor() == null);
        band.selectedVendorsProperty().set(selection.getVendors());
        band.linkedVendorsProperty().set(linked);
        band.expandedProperty().addListener((obs, was, expanded) -> {
            if (expanded) {
                getSkinnable().getCollapsedLayers().remove(layer);
            } else {
                getSkinnable().getCollapsedLayers().add(layer);
            }
        });
        return band;
    }

    /**
     * A press on a card selects its vendor, elsewhere on a band its layer; with Ctrl (Cmd) the
     * card joins the selection or leaves it, with Shift the cards from the anchor to it are
     * selected (with Ctrl+Shift, added). A press on one of several selected cards keeps them all, as it may start a drag
     * of them or open their menu. The view does not scroll for it: what the pointer is on can be
     * seen, and moving it away under the pointer would spoil a drag that starts with this press.
     */
    private void select(MouseEvent event) {
        getSkinnable().requestFocus();
        selectingWithPointer = true;
        try {
            selectAt(event);
        } finally {
            selectingWithPointer = false;
        }
    }

    private void selectAt(MouseEvent event) {
        Selection selection = getSkinnable().getSelection();
        for (Node node = event.getPickResult().getIntersectedNode(); node != null && node != bands;
                node = node.getParent()) {
            if (node instanceof VendorCard card) {
                Layer layer = enclosingBand(card).getLayer();
                Vendor vendor = card.getVendor();
                if (event.isShiftDown()) {
                    selectRangeTo(vendor, layer, event.isShortcutDown());
                } else if (event.isShortcutDown()) {
                    if (event.isPrimaryButtonDown()) {
                        selection.toggleVendor(vendor, layer);
                    }
                } else if (selection.isSelected(vendor) && selection.hasSeveral()) {
                    selection.lead(vendor, layer);
                } else {
                    selection.selectVendor(vendor, layer);
                }
                return;
            }
            if (node instanceof LayerBand band) {
                if (!event.isShortcutDown()) { // Ctrl+press away from the cards keeps them, for a Ctrl+rectangle
                    selection.selectLayer(band.getLayer());
                }
                return;
            }
        }
    }

    /**
     * Selects the cards drawn from the anchor to {@code vendor}, both included; {@code adding}
     * them to what is selected (Ctrl+Shift+click), or instead of it.
     */
    void selectRangeTo(Vendor vendor, Layer layer, boolean adding) {
        Selection selection = getSkinnable().getSelection();
        List<Vendor> shown = getSkinnable().vendorsInDisplayOrder();
        int from = shown.indexOf(selection.getAnchor());
        int to = shown.indexOf(vendor);
        if (from < 0 || to < 0) {
            selection.selectVendor(vendor, layer);
            return;
        }
        List<Vendor> range = shown.subList(Math.min(from, to), Math.max(from, to) + 1);
        if (adding) {
            Set<Vendor> joined = new LinkedHashSet<>(selection.getVendors());
            joined.addAll(range);
            range = List.copyOf(joined);
        }
        selection.selectRange(range, vendor, layer);
    }

    /** A plain click (not a drag) on one of several selected cards selects that card alone. */
    private void selectOnlyClicked(MouseEvent event) {
        Selection selection = getSkinnable().getSelection();
        if (event.getButton() != MouseButton.PRIMARY || !event.isStillSincePress() || event.isShortcutDown()
                || event.isShiftDown() || !selection.hasSeveral()) {
            return;
        }
        VendorCard card = CardDragging.cardAt(event.getPickResult().getIntersectedNode());
        if (card != null) {
            selection.selectVendor(card.getVendor(), enclosingBand(card).getLayer());
        }
    }

    static LayerBand enclosingBand(Node node) {
        Node current = node;
        while (current != null && !(current instanceof LayerBand)) {
            current = current.getParent();
        }
        return (LayerBand) current;
    }

    /** Marks the cards of the vendors a link joins to a selected vendor, after a change of the selection or the links. */
    private void markLinked() {
        if (bandBinding == null) {
            return;
        }
        Set<Vendor> now = shown.linkedTo(getSkinnable().getSelection().getVendors());
        if (now.equals(linked)) {
            return;
        }
        linked = now;
        shown.getLayers().forEach(layer -> bandFor(layer).ifPresent(band -> band.linkedVendorsProperty().set(now)));
    }

    private void markSelection() {
        if (bandBinding == null) {
            return;
        }
        Selection selection = getSkinnable().getSelection();
        for (Layer layer : shown.getLayers()) {
            bandFor(layer).ifPresent(band -> {
                boolean ours = layer == selection.getLayer();
                band.selectedProperty().set(ours && selection.getVendor() == null);
                band.selectedVendorsProperty().set(selection.getVendors());
            });
        }
        markLinked();
        if (!selectingWithPointer) {
            revealSelection();
            revealSelectionOnceLaidOut();
        }
    }

    /**
     * Reveals the selection again after the next layout pass: a vendor just moved, or a stack
     * just zoomed, has no place of its own until then (a lane that appears for it is still where
     * it was hidden).
     */
    private void revealSelectionOnceLaidOut() {
        Scene scene = getSkinnable().getScene();
        if (scene != null && revealAfterLayoutIn == null) {
            revealAfterLayoutIn = scene;
            scene.addPostLayoutPulseListener(revealAfterLayout);
            Platform.requestNextPulse();
        }
    }

    private void revealAfterLayout() {
        revealAfterLayoutIn.removePostLayoutPulseListener(revealAfterLayout);
        revealAfterLayoutIn = null;
        if (revealSelection()) {
            // the cards come into sight in this frame, not in the next
            scroller.layout();
        }
    }

    /** Scrolls so that the selected card (or band) can be seen; tells whether it scrolled. */
    private boolean revealSelection() {
        Selection selection = getSkinnable().getSelection();
        if (selection.getLayer() == null) {
            return false;
        }
        Optional<LayerBand> band = bandFor(selection.getLayer());
        Optional<Bounds> target = band.flatMap(found -> Optional.ofNullable(selection.getVendor())
                .flatMap(found::cardPlaceInScene))
                .or(() -> band.map(found -> found.localToScene(found.getBoundsInLocal())));
        double content = zoomed.getLayoutBounds().getHeight();
        double viewport = scroller.getViewportBounds().getHeight();
        if (target.isEmpty() || content <= viewport) {
            return false;
        }
        Bounds inContent = zoomed.sceneToLocal(target.get());
        double scrollable = content - viewport;
        double top = scroller.getVvalue() * scrollable;
        double targetTop = inContent.getMinY() - REVEAL_MARGIN;
        // a target taller than the view shows its top: a band's title, not its last cards
        double targetBottom = Math.min(inContent.getMaxY() + REVEAL_MARGIN, targetTop + viewport);
        if (targetTop < top) {
            scroller.setVvalue(Math.max(0, targetTop / scrollable));
        } else if (targetBottom > top + viewport) {
            scroller.setVvalue(Math.min(1, (targetBottom - viewport) / scrollable));
        } else {
            return false;
        }
        return true;
    }

    private void applyOverview() {
        drawOverview(getSkinnable().getZoom() < StackView.OVERVIEW_BELOW);
    }

    /**
     * The largest zoom, up to actual size, at which the whole stack fits the visible height. A
     * stack drawn smaller is laid out wider, with more cards to a row, so it is shorter too.
     * Cards are drawn down to {@link StackView#OVERVIEW_BELOW}; a stack whose cards do not fit
     * even then is fitted as its overview, which takes less room; {@link StackView#MIN_ZOOM} if
     * that does not fit either. The bands are measured in each way of drawing and left as
     * they were.
     */
    double zoomToFit() {
        double width = Math.max(MIN_WIDTH, scroller.getViewportBounds().getWidth());
        double height = scroller.getViewportBounds().getHeight();
        try {
            measureAs(false);
            double withCards = largestFitting(StackView.OVERVIEW_BELOW, 1, width, height);
            if (!Double.isNaN(withCards)) {
                return withCards;
            }
            measureAs(true);
            double asOverview = largestFitting(StackView.MIN_ZOOM, Math.nextDown(StackView.OVERVIEW_BELOW), width, height);
            return Double.isNaN(asOverview) ? StackView.MIN_ZOOM : asOverview;
        } finally {
            applyOverview();
        }
    }

    /** The largest zoom between {@code low} and {@code high} at which the bands as drawn now fit; NaN if none. */
    private double largestFitting(double low, double high, double width, double height) {
        if (heightAt(high, width) <= height) {
            return high;
        }
        if (heightAt(low, width) > height) {
            return Double.NaN;
        }
        for (int i = 0; i < FIT_STEPS; i++) { // the height drawn grows with the zoom
            double middle = (low + high) / 2;
            if (heightAt(middle, width) <= height) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** How tall the bands are drawn at {@code zoom} across {@code width}. */
    private double heightAt(double zoom, double width) {
        return bands.prefHeight(width / zoom) * zoom;
    }

    /** Draws the bands as the overview or with cards, styled so that they can be measured at once. */
    private void measureAs(boolean overview) {
        drawOverview(overview);
        bands.applyCss();
    }

    private void drawOverview(boolean overview) {
        if (shown != null) {
            shown.getLayers().forEach(layer -> bandFor(layer).ifPresent(band -> band.overviewProperty().set(overview)));
        }
    }

    private void applyFilter() {
        if (bandBinding != null) {
            shown.getLayers().forEach(layer -> bandFor(layer)
                    .ifPresent(band -> band.filterProperty().set(getSkinnable().filterProperty().get())));
            if (getSkinnable().filterProperty().get() == null) {
                revealSelectionOnceLaidOut(); // the cards the search hid push the selected one elsewhere
            }
        }
    }

    private void followCollapsed(SetChangeListener.Change<? extends Layer> change) {
        Layer layer = change.wasAdded() ? change.getElementAdded() : change.getElementRemoved();
        bandFor(layer).ifPresent(band -> band.setExpanded(!change.getSet().contains(layer)));
    }

    private void reposition() {
        for (int i = 0; i < shown.getLayers().size(); i++) {
            int position = i;
            bandFor(shown.getLayers().get(i)).ifPresent(band -> band.setPosition(position));
        }
    }

    private static void disposeBand(Node node) {
        LayerBand band = (LayerBand) node;
        if (band.getSkin() != null) {
            band.getSkin().dispose();
        }
        band.accessibleTextProperty().unbind();
    }

    @Override
    public void dispose() {
        StackView view = getSkinnable();
        view.getCollapsedLayers().removeListener(collapsedListener);
        view.getSelection().layerProperty().removeListener(selectionListener);
        view.getSelection().vendorProperty().removeListener(selectionListener);
        view.getSelection().vendorsProperty().removeListener(selectionListener);
        view.filterProperty().removeListener(filterListener);
        dragging.dispose();
        if (revealAfterLayoutIn != null) {
            revealAfterLayoutIn.removePostLayoutPulseListener(revealAfterLayout);
            revealAfterLayoutIn = null;
        }
        show(null);
        super.dispose();
    }
}
