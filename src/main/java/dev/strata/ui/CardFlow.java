package dev.strata.ui;

import dev.strata.model.Vendor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;

/**
 * The cards of one lane, in rows of same-sized cards, virtualized: only the cards in (or a row
 * away from) the visible part of the stack exist. The flow knows its height by arithmetic, so
 * ten thousand vendors cost no more nodes than the cards that fit the window. When the view
 * scrolls, the cards that leave it are pointed at the vendors that come into it, as a list
 * reuses its cells, so scrolling and filtering style no new nodes.
 *
 * <p>While the view scrolls, rows leave at one edge a layout or two before others come in at the
 * other, so a row's worth of cards waits hidden for the next vendors instead of being thrown
 * away and made again. Likewise the cards a search hides wait for it to be cleared (a card costs
 * a few milliseconds of styling to make, and a cleared search at 10,000 vendors made dozens).
 *
 * <p>Hgap and vgap come from the stylesheet ({@code -fx-hgap}, {@code -fx-vgap}); the card size
 * from the cards themselves (see {@link #measureCard}).
 */
final class CardFlow extends FlowPane {

    /** Rows realized beyond each edge of the visible area, so that a small scroll shows cards at once. */
    private static final int SPARE_ROWS = 1;

    private final ObservableList<Vendor> vendors;
    private final Function<Vendor, VendorCard> factory;
    private final Consumer<VendorCard> disposer;
    private final ScrollPane window;
    /**
     * Holds the cards, unmanaged: JavaFX asks every parent up to the scene's root for a new
     * layout when an unmanaged node moves, or a child is added, outside its parent's own layout
     * pass, so each scroll that pointed a card at another vendor laid the whole window out again
     * in the next pulse. An unmanaged parent is a layout root and stops those requests here.
     */
    private final Pane cardLayer = new Pane();
    private final Map<Vendor, VendorCard> realized = new IdentityHashMap<>();
    /** Hidden cards, made and styled, waiting for a vendor. */
    private final Deque<VendorCard> spare = new ArrayDeque<>();
    private final ListChangeListener<Vendor> vendorsListener = change -> {
        vendorsChangedSinceLayout = true;
        requestLayout();
    };
    /** Moved on screen (scrolled, zoomed) but not resized: lays out this flow only, not the bands around it. */
    private final InvalidationListener moved = obs -> setNeedsLayout(true);
    private final InvalidationListener scrolled = obs -> scrolledSinceLayout = true;
    private boolean scrolledSinceLayout;
    private boolean vendorsChangedSinceLayout;
    private double[] cardSize;
    private double measuredWidth = Double.NaN;
    private double measuredHeight;

    /**
     * @param vendors the lane's vendors, in order
     * @param factory makes a card for a vendor (the flow adds it to itself)
     * @param disposer releases a card the flow no longer needs
     * @param window the scroll pane through which the stack is seen; null realizes
     *        every card, as a picture of the whole stack needs
     */
    CardFlow(ObservableList<Vendor> vendors, Function<Vendor, VendorCard> factory, Consumer<VendorCard> disposer,
            ScrollPane window) {
        this.vendors = vendors;
        this.factory = factory;
        this.disposer = disposer;
        this.window = window;
        getStyleClass().add("cards");
        cardLayer.setManaged(false);
        getChildren().add(cardLayer);
        vendors.addListener(vendorsListener);
        if (window != null) {
            localToSceneTransformProperty().addListener(moved);
            window.layoutBoundsProperty().addListener(moved);
            window.vvalueProperty().addListener(scrolled);
            window.hvalueProperty().addListener(scrolled);
        }
    }

    /** The card showing {@code vendor}, if it is realized. */
    Optional<VendorCard> cardFor(Vendor vendor) {
        return Optional.ofNullable(realized.get(vendor));
    }

    /**
     * The realized cards of listed vendors, in no particular order: a drag asks for them on every
     * move, and putting them in their vendors' order meant walking every vendor of the lane.
     */
    List<VendorCard> cards() {
        if (vendorsChangedSinceLayout) {
            // until the next layout, cards may show vendors that have left the list
            return vendors.stream().map(realized::get).filter(Objects::nonNull).toList();
        }
        return List.copyOf(realized.values());
    }

    /** Where {@code vendor}'s card is (or would be, once scrolled to), in this flow's coordinates. */
    Optional<Bounds> placeOf(Vendor vendor) {
        int index = vendors.indexOf(vendor);
        if (index < 0 || Double.isNaN(cardWidth())) {
            return Optional.empty();
        }
        return Optional.of(placeOf(index));
    }

    /** Where the card of the vendor at {@code index} is or would be. */
    private Bounds placeOf(int index) {
        int perRow = perRow(getWidth());
        double x = snappedLeftInset() + (index % perRow) * (cardWidth() + getHgap());
        double y = snappedTopInset() + (index / perRow) * (cardHeight() + getVgap());
        return new BoundingBox(x, y, cardWidth(), cardHeight());
    }

    /**
     * The vendors whose cards are or would be drawn where they touch {@code area} (in this
     * flow's coordinates), realized or not, in the flow's order; worked out from the rows, so
     * it costs what the area holds, not what the lane does.
     */
    List<Vendor> vendorsWithin(Bounds area) {
        if (vendors.isEmpty() || Double.isNaN(cardWidth())) {
            return List.of();
        }
        int perRow = perRow(getWidth());
        double columnStep = cardWidth() + getHgap();
        double rowStep = cardHeight() + getVgap();
        int firstRow = Math.max(0, (int) Math.floor((area.getMinY() - snappedTopInset()) / rowStep));
        int lastRow = Math.min((vendors.size() - 1) / perRow, (int) Math.floor((area.getMaxY() - snappedTopInset()) / rowStep));
        int firstColumn = Math.max(0, (int) Math.floor((area.getMinX() - snappedLeftInset()) / columnStep));
        int lastColumn = Math.min(perRow - 1, (int) Math.floor((area.getMaxX() - snappedLeftInset()) / columnStep));
        List<Vendor> within = new ArrayList<>();
        for (int row = firstRow; row <= lastRow; row++) {
            for (int column = firstColumn; column <= lastColumn; column++) {
                int index = row * perRow + column;
                if (index < vendors.size() && placeOf(index).intersects(area)) {
                    within.add(vendors.get(index));
                }
            }
        }
        return within;
    }

    /** Stops following the vendors and releases every card. */
    void dispose() {
        vendors.removeListener(vendorsListener);
        if (window != null) {
            localToSceneTransformProperty().removeListener(moved);
            window.layoutBoundsProperty().removeListener(moved);
            window.vvalueProperty().removeListener(scrolled);
            window.hvalueProperty().removeListener(scrolled);
        }
        realized.values().forEach(disposer);
        spare.forEach(disposer);
        realized.clear();
        spare.clear();
        cardLayer.getChildren().clear();
    }

    @Override
    public void requestLayout() {
        measuredWidth = Double.NaN;
        super.requestLayout();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    /** One card wide: the lanes beside it share out the rest of the band. */
    @Override
    protected double computePrefWidth(double height) {
        double card = vendors.isEmpty() ? 0 : measureCard()[0];
        return snappedLeftInset() + card + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        if (width != measuredWidth) {
            measuredHeight = measureHeight(width);
            measuredWidth = width;
        }
        return measuredHeight;
    }

    private double measureHeight(double width) {
        double vertical = snappedTopInset() + snappedBottomInset();
        if (vendors.isEmpty()) {
            return vertical;
        }
        double[] card = measureCard();
        int rows = (vendors.size() + perRow(width) - 1) / perRow(width);
        return vertical + rows * card[1] + (rows - 1) * getVgap();
    }

    private int perRow(double width) {
        double available = (width < 0 ? getPrefWrapLength() : width) - snappedLeftInset() - snappedRightInset();
        return Math.max(1, (int) Math.floor((available + getHgap()) / (measureCard()[0] + getHgap())));
    }

    /** The width each column of cards after the first adds: a card and the gap before it; 0 while empty. */
    double columnWidth() {
        return vendors.isEmpty() ? 0 : measureCard()[0] + getHgap();
    }

    private double cardWidth() {
        return vendors.isEmpty() ? Double.NaN : measureCard()[0];
    }

    private double cardHeight() {
        return measureCard()[1];
    }

    /**
     * The size of a card (fixed by the stylesheet): read from any card the flow shows, else
     * remembered from the last one, else from a card made for the first vendor.
     */
    private double[] measureCard() {
        VendorCard sample = realized.isEmpty() ? null : realized.values().iterator().next();
        if (sample == null && cardSize == null) {
            sample = realized.computeIfAbsent(vendors.get(0), this::make);
        }
        if (sample != null) {
            cardSize = new double[] {sample.prefWidth(-1), sample.prefHeight(-1)};
        }
        return cardSize;
    }

    @Override
    protected void layoutChildren() {
        if (vendors.isEmpty()) {
            releaseAllBut(List.of(), sparesToKeep(0));
            return;
        }
        double cardWidth = cardWidth();
        double cardHeight = cardHeight();
        int perRow = perRow(getWidth());
        int[] range = visibleRange(perRow, cardHeight);
        List<Vendor> wanted = vendors.subList(range[0], range[1]);
        releaseAllBut(wanted, sparesToKeep(perRow));
        for (int i = range[0]; i < range[1]; i++) {
            place(realized.get(vendors.get(i)), i, perRow, cardWidth, cardHeight);
        }
    }

    /**
     * How many cards no vendor wants may wait hidden, as this layout's cause asks: a row's worth
     * after a scroll, and those whose vendors left the list (a search that hides cards brings
     * them back when it is cleared); none for anything else (a new size, zoom).
     */
    private int sparesToKeep(int perRow) {
        int spares = scrolledSinceLayout ? perRow : 0;
        if (vendorsChangedSinceLayout) {
            spares = Math.max(spares, unlisted());
        }
        scrolledSinceLayout = false;
        vendorsChangedSinceLayout = false;
        return spares;
    }

    /** How many realized cards show vendors no longer in the list. */
    private int unlisted() {
        // a look-up in the few realized cards per listed vendor, not a set of thousands of vendors
        int listed = 0;
        for (int i = 0; i < vendors.size() && listed < realized.size(); i++) {
            if (realized.containsKey(vendors.get(i))) {
                listed++;
            }
        }
        return realized.size() - listed;
    }

    private void place(VendorCard card, int index, int perRow, double width, double height) {
        card.resizeRelocate(snappedLeftInset() + (index % perRow) * (width + getHgap()),
                snappedTopInset() + (index / perRow) * (height + getVgap()), width, height);
    }

    /** The vendors [from, to) whose rows can be seen, give or take {@link #SPARE_ROWS}. */
    private int[] visibleRange(int perRow, double cardHeight) {
        if (window == null || window.getScene() == null || getScene() == null) {
            return new int[] {0, vendors.size()};
        }
        getLocalToSceneTransform(); // read, so that the next move (a scroll) invalidates it and lays the flow out
        Bounds seen = sceneToLocal(window.localToScene(window.getLayoutBounds()));
        double rowHeight = cardHeight + getVgap();
        int firstRow = (int) Math.floor((seen.getMinY() - snappedTopInset()) / rowHeight) - SPARE_ROWS;
        int lastRow = (int) Math.floor((seen.getMaxY() - snappedTopInset()) / rowHeight) + SPARE_ROWS;
        int from = Math.max(0, Math.min(vendors.size(), firstRow * perRow));
        int to = Math.max(from, Math.min(vendors.size(), (lastRow + 1) * perRow));
        return new int[] {from, to};
    }

    /**
     * Makes the realized cards exactly those of {@code wanted}: cards whose vendor is still
     * wanted stay, the others (and then the spare ones) are pointed at wanted vendors without a
     * card, and only then are cards made; of the cards left over, up to {@code spares} stay hidden.
     */
    private void releaseAllBut(List<Vendor> wanted, int spares) {
        Set<Vendor> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(wanted);
        Deque<VendorCard> free = new ArrayDeque<>();
        realized.entrySet().removeIf(entry -> {
            if (keep.contains(entry.getKey())) {
                return false;
            }
            free.add(entry.getValue());
            return true;
        });
        for (Vendor vendor : wanted) {
            if (!realized.containsKey(vendor)) {
                VendorCard card = free.isEmpty() ? spare.poll() : free.poll();
                if (card == null) {
                    realized.put(vendor, make(vendor));
                } else {
                    card.setVendor(vendor);
                    card.setVisible(true);
                    realized.put(vendor, card);
                }
            }
        }
        List<VendorCard> dropped = new ArrayList<>();
        for (VendorCard card : free) {
            if (spare.size() < spares) {
                card.setVisible(false);
                spare.push(card);
            } else {
                dropped.add(card);
                disposer.accept(card);
            }
        }
        cardLayer.getChildren().removeAll(dropped); // one change of the children, not one per card
    }

    private VendorCard make(Vendor vendor) {
        VendorCard card = factory.apply(vendor);
        card.setManaged(false);
        cardLayer.getChildren().add(card);
        card.applyCss();
        return card;
    }
}
