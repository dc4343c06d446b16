package dev.strata.ui;

import dev.strata.model.Driver;
import dev.strata.model.DriverKind;
import dev.strata.model.Layer;
import dev.strata.model.Segment;
import dev.strata.model.Vendor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Builds a band: {@code .header} (toggle, name, count, summary) beside {@code .body}, or above
 * it in a narrow band ({@link BandContent}); the body holds one {@link SegmentLane} per segment
 * ({@link LaneArrangement}).
 */
final class LayerBandSkin extends SkinBase<LayerBand> {


    private final Layer layer;
    private final BandContent content;
    /** Side by side for a few segments (if they fit); one under the other for more. */
    private static final int SIDE_BY_SIDE_LANES = 3;

    private final StackPane lanesBox = new StackPane();
    private final List<SegmentLane> lanes = new ArrayList<>();
    private final Label name = new Label();
    private final Label count = new Label();
    private final Label summary = new Label();
    private final VBox placeholder = new VBox();
    private final Label overview = new Label();
    private final NodeListBinding<Driver> driverBinding;
    /**
     * A vendor added, removed or moved refills the lanes at once; a vendor that only changed its
     * segment marks them stale, refilled when next laid out or asked about, so that an edit of a
     * thousand vendors' segments (deleting a segment) sorts the lanes once, not a thousand times.
     */
    private final ListChangeListener<Vendor> refillLanes = change -> {
        boolean structural = false;
        while (change.next()) {
            structural |= !change.wasUpdated();
        }
        if (structural) {
            fillLanes();
        } else {
            markLanesStale();
        }
    };
    private boolean lanesStale;
    private final ListChangeListener<Segment> rebuildLanes = change -> buildLanes();
    /** False when the band draws an overview instead of cards (zoomed far out). */
    private final BooleanProperty cardsDrawn = new SimpleBooleanProperty(true);
    /** True while a search lets none of the layer's vendors through: the band shows only its title, "0 of 5 vendors". */
    private final BooleanProperty noMatches = new SimpleBooleanProperty();
    /** How many of the layer's vendors the search lets through; -1 while there is no search. */
    private final IntegerProperty matches = new SimpleIntegerProperty(-1);
    private Node markedNode;
    private PseudoClass markedClass;
    private double measuredWidth = Double.NaN;
    private double measuredHeight;

    LayerBandSkin(LayerBand band) {
        super(band);
        consumeMouseEvents(false);
        layer = band.getLayer();

        ToggleButton toggle = new ToggleButton();
        toggle.getStyleClass().add("expand-toggle");
        toggle.setFocusTraversable(false);
        toggle.selectedProperty().bindBidirectional(band.expandedProperty());
        Region chevron = new Region();
        chevron.getStyleClass().add("chevron");
        toggle.setGraphic(chevron);

        name.getStyleClass().add("name");
        name.textProperty().bind(layer.nameProperty());
        name.setWrapText(true); // a long name takes a second line rather than losing its end
        name.setMinHeight(Region.USE_PREF_SIZE);
        count.getStyleClass().add("count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.visibleProperty().bind(band.overviewProperty().not());
        count.managedProperty().bind(count.visibleProperty());
        count.textProperty().bind(Bindings.createStringBinding(this::countText, layer.getVendors(), matches));
        TitleRow titleRow = new TitleRow(toggle, name, count);

        summary.getStyleClass().add("summary");
        summary.setWrapText(true);
        summary.textProperty().bind(layer.summaryProperty());
        summary.managedProperty().bind(summary.visibleProperty());
        summary.visibleProperty().bind(band.expandedProperty().and(band.overviewProperty().not()).and(noMatches.not())
                .and(layer.summaryProperty().isNotEmpty()));

        FlowPane driverChips = new FlowPane();
        driverChips.getStyleClass().add("drivers");
        // a flow pane is at least as wide as its widest chip; this one takes the header's width, and long chips wrap
        driverChips.setMinWidth(0);
        driverChips.managedProperty().bind(driverChips.visibleProperty());
        driverChips.visibleProperty().bind(band.expandedProperty().and(band.overviewProperty().not()).and(noMatches.not())
                .and(Bindings.isNotEmpty(band.getDrivers())));
        driverBinding = new NodeListBinding<>(band.getDrivers(), driverChips.getChildren(),
                driver -> driverChip(driver, driverChips), LayerBandSkin::unbindChip, false);

        VBox header = new VBox(titleRow, summary, driverChips);
        header.getStyleClass().add("header");

        lanesBox.getStyleClass().add("lanes");
        placeholder.getStyleClass().add("placeholder");
        placeholder.setPickOnBounds(false); // only its link takes clicks; a press beside it is the band's
        placeholder.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(placeholder, Pos.CENTER);
        StackPane body = new StackPane(lanesBox, placeholder);
        body.getStyleClass().add("body");
        body.managedProperty().bind(body.visibleProperty());
        // while a search finds none of its vendors the band is only its title, whose count says "0 of 5"
        body.visibleProperty().bind(band.expandedProperty().and(cardsDrawn).and(noMatches.not()));

        overview.getStyleClass().add("overview");
        overview.setWrapText(true);
        overview.managedProperty().bind(overview.visibleProperty());
        overview.visibleProperty().bind(band.expandedProperty().and(cardsDrawn.not()));
        overview.textProperty().bind(Bindings.createStringBinding(this::overviewText,
                layer.getVendors(), layer.getSegments(), layer.summaryProperty(), cardsDrawn));

        Region accent = new Region();
        accent.getStyleClass().add("accent");

        content = new BandContent(accent, header, body, overview,
                layer.summaryProperty().isEmpty().and(Bindings.isEmpty(band.getDrivers())));
        getChildren().add(content);

        cardsDrawn.set(shouldDrawCards());
        buildLanes();
        layer.getSegments().addListener(rebuildLanes);
        registerChangeListener(band.overviewProperty(), obs -> updateMode());
        layer.getVendors().addListener(refillLanes);
        registerChangeListener(band.filterProperty(), obs -> fillLanes());
        registerChangeListener(band.selectedVendorsProperty(), obs -> markCards());
        registerChangeListener(band.linkedVendorsProperty(), obs -> markCards());
        markCards();
    }

    /** Cards are drawn unless zoomed far out. */
    private boolean shouldDrawCards() {
        return !getSkinnable().overviewProperty().get();
    }

    private void updateMode() {
        boolean draw = shouldDrawCards();
        if (draw != cardsDrawn.get()) {
            cardsDrawn.set(draw);
            buildLanes();
        }
    }

    private void buildLanes() {
        lanes.forEach(SegmentLane::dispose);
        lanes.clear();
        if (!cardsDrawn.get()) {
            lanesBox.getChildren().clear();
            fillLanes();
            return;
        }
        if (layer.getSegments().isEmpty()) {
            lanes.add(lane(null, false));
        } else {
            for (Segment segment : layer.getSegments()) {
                lanes.add(lane(segment, true));
            }
            lanes.add(lane(null, true));
        }
        lanesBox.getChildren().setAll(new LaneArrangement(lanes, layer.getSegments().size() <= SIDE_BY_SIDE_LANES));
        fillLanes();
        markCards();
    }

    private SegmentLane lane(Segment segment, boolean titled) {
        LayerBand band = getSkinnable();
        CardMarks marks = new CardMarks(vendor -> band.selectedVendorsProperty().get().contains(vendor),
                vendor -> band.linkedVendorsProperty().get().contains(vendor));
        return new SegmentLane(layer, segment, titled, marks, band.getLogos(), band.viewportProperty().get());
    }

    /**
     * Sorts the layer's vendors that the search lets through into the lanes, in one pass: a
     * segment's lane gets the vendors of that segment, the other lane the rest (vendors without
     * a segment, or all of them in a layer without segments).
     */
    private void fillLanes() {
        lanesStale = false;
        Predicate<Vendor> filter = getSkinnable().filterProperty().get();
        Map<String, List<Vendor>> bySegment = new HashMap<>();
        lanes.forEach(lane -> bySegment.put(lane.segmentId(), new ArrayList<>()));
        List<Vendor> rest = bySegment.get(null);
        int matched = 0;
        for (Vendor vendor : layer.getVendors()) {
            if (filter == null || filter.test(vendor)) {
                matched++;
                List<Vendor> own = vendor.getSegment() == null ? null : bySegment.get(vendor.getSegment());
                List<Vendor> lane = own != null ? own : rest;
                if (lane != null) { // no lanes at all while the band shows its overview
                    lane.add(vendor);
                }
            }
        }
        lanes.forEach(lane -> lane.show(bySegment.get(lane.segmentId()), filter != null));
        matches.set(filter == null ? -1 : matched);
        updatePlaceholder();
        noMatches.set(filter != null && matched == 0);
        getSkinnable().pseudoClassStateChanged(Pseudo.NO_MATCHES, noMatches.get());
    }

    /** "5 vendors", or during a search "2 of 5 vendors". */
    private String countText() {
        String total = StatusText.plural(layer.getVendors().size(), "vendor");
        return matches.get() < 0 || layer.getVendors().isEmpty() ? total : StatusText.number(matches.get()) + " of " + total;
    }

    /**
     * Zoomed out: "5 vendors — Hardware 2 · Cloud 3", then the summary; nothing while cards are
     * drawn, when it is hidden.
     */
    private String overviewText() {
        if (cardsDrawn.get()) {
            return "";
        }
        String counts = counts();
        return layer.getSummary().isBlank() ? counts : counts + "\n" + layer.getSummary();
    }

    private String counts() {
        String total = StatusText.plural(layer.getVendors().size(), "vendor");
        if (layer.getSegments().isEmpty()) {
            return total;
        }
        Map<String, Integer> bySegment = new HashMap<>();
        for (Vendor vendor : layer.getVendors()) {
            if (vendor.getSegment() != null) {
                bySegment.merge(vendor.getSegment(), 1, Integer::sum);
            }
        }
        List<String> counts = new ArrayList<>();
        for (Segment segment : layer.getSegments()) {
            counts.add(segment.getName() + " " + bySegment.getOrDefault(segment.getId(), 0));
        }
        return total + " — " + String.join(" · ", counts);
    }

    /** An empty band says so (with segments, each of its lanes does); what it says is made when first needed. */
    private void updatePlaceholder() {
        boolean empty = layer.getVendors().isEmpty() && layer.getSegments().isEmpty();
        if (empty && placeholder.getChildren().isEmpty()) {
            Label nothingYet = new Label("No vendors in this layer yet");
            nothingYet.setWrapText(true);
            placeholder.getChildren().addAll(nothingYet, AddVendorLink.to(layer, null));
        }
        placeholder.setVisible(empty);
    }

    private void markCards() {
        lanes.forEach(SegmentLane::markCards);
    }

    private void markLanesStale() {
        if (!lanesStale) {
            lanesStale = true;
            getSkinnable().requestLayout();
        }
    }

    private void fillLanesIfStale() {
        if (lanesStale) {
            fillLanes();
        }
    }

    Optional<VendorCard> cardFor(Vendor vendor) {
        fillLanesIfStale();
        return lanes.stream().flatMap(lane -> lane.cardFor(vendor).stream()).findFirst();
    }

    Optional<Bounds> cardPlaceInScene(Vendor vendor) {
        fillLanesIfStale();
        return lanes.stream().flatMap(lane -> lane.placeInScene(vendor).stream()).findFirst();
    }

    List<Vendor> vendorsWithin(Bounds inScene) {
        fillLanesIfStale();
        return lanes.stream().flatMap(lane -> lane.vendorsWithin(inScene).stream()).toList();
    }

    List<Vendor> vendorsInDisplayOrder() {
        fillLanesIfStale();
        return lanes.stream().filter(Node::isVisible).flatMap(lane -> lane.vendors().stream()).toList();
    }

    /**
     * Finds the lane under the pointer, then the card to insert before or after; the index
     * counts the layer's vendors as if the dragged ones had left their places.
     */
    DropPlace dropPlaceAt(Point2D scenePoint, Set<Vendor> dragged) {
        fillLanesIfStale();
        SegmentLane lane = laneAt(scenePoint);
        List<VendorCard> cards = lane.realizedCards().stream().filter(card -> !dragged.contains(card.getVendor())).toList();
        if (cards.isEmpty()) {
            return new DropPlace(layer, lane.segmentId(), indexAtEnd(lane, dragged), null, false);
        }
        VendorCard nearest = null;
        double best = Double.MAX_VALUE;
        for (VendorCard card : cards) {
            double distance = distance(card.localToScene(card.getBoundsInLocal()), scenePoint);
            if (distance < best) {
                best = distance;
                nearest = card;
            }
        }
        Bounds bounds = nearest.localToScene(nearest.getBoundsInLocal());
        boolean before = scenePoint.getX() < bounds.getCenterX();
        int index = remaining(dragged).indexOf(nearest.getVendor());
        return new DropPlace(layer, lane.segmentId(), index + (before ? 0 : 1), nearest, before);
    }

    /** The layer's vendors without the dragged ones. */
    private List<Vendor> remaining(Set<Vendor> dragged) {
        return layer.getVendors().stream().filter(vendor -> !dragged.contains(vendor)).toList();
    }

    /**
     * Marks where a dragged card would land: the card beside the place, or the lane when the
     * place has no card. A drag calls this on every move, mostly for the same place: the mark
     * changes only when the place does, so that the card is not restyled and redrawn per move.
     */
    void showDropPlace(DropPlace place) {
        Node node = place == null ? null
                : place.marker() != null ? place.marker()
                : lanes.stream().filter(lane -> Objects.equals(lane.segmentId(), place.segment())).findFirst().orElse(null);
        PseudoClass mark = place == null ? null
                : place.marker() == null ? Pseudo.DROP_TARGET
                : place.before() ? Pseudo.DROP_BEFORE : Pseudo.DROP_AFTER;
        if (node == markedNode && mark == markedClass
                && (node == null || node.getPseudoClassStates().contains(mark))) {
            return; // still marked: a card pointed at another vendor (a scroll reuses it) loses its marks
        }
        if (markedNode != null) {
            markedNode.pseudoClassStateChanged(markedClass, false);
        }
        markedNode = node;
        markedClass = node == null ? null : mark;
        if (markedNode != null) {
            markedNode.pseudoClassStateChanged(markedClass, true);
        }
    }

    /** The lane under the point; outside every lane, the lane for vendors without a segment. */
    private SegmentLane laneAt(Point2D scenePoint) {
        for (SegmentLane lane : lanes) {
            if (lane.isVisible() && lane.localToScene(lane.getBoundsInLocal()).contains(scenePoint)) {
                return lane;
            }
        }
        return lanes.get(lanes.size() - 1);
    }

    /** The index after the last vendor of the lane (or of the layer, for an empty lane). */
    private int indexAtEnd(SegmentLane lane, Set<Vendor> dragged) {
        List<Vendor> others = remaining(dragged);
        for (int i = others.size() - 1; i >= 0; i--) {
            if (Objects.equals(others.get(i).getSegment(), lane.segmentId())) {
                return i + 1;
            }
        }
        return others.size();
    }

    private static double distance(Bounds bounds, Point2D point) {
        double dx = Math.max(0, Math.max(bounds.getMinX() - point.getX(), point.getX() - bounds.getMaxX()));
        double dy = Math.max(0, Math.max(bounds.getMinY() - point.getY(), point.getY() - bounds.getMaxY()));
        return dx * dx + dy * dy * 4;
    }

    /**
     * A driver as a chip: ▲ for a market force, ▶ for an adoption note; its text as tooltip. A
     * name longer than the row of {@code chips} is wide wraps.
     */
    private static Node driverChip(Driver driver, Region chips) {
        Label chip = new Label();
        chip.maxWidthProperty().bind(chips.widthProperty());
        chip.setUserData(driver); // for the chip's menu and double click (StackContextMenus, StackDoubleClicks)
        chip.getStyleClass().addAll("driver-chip", driver.getKind() == DriverKind.ADOPTION ? "adoption" : "force");
        chip.textProperty().bind(Bindings.concat(driver.getKind() == DriverKind.ADOPTION ? "▶ " : "▲ ",
                driver.nameProperty()));
        chip.setWrapText(true);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(driver.textProperty());
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        chip.setTooltip(tip);
        return chip;
    }

    private static void unbindChip(Node node) {
        Label chip = (Label) node;
        chip.textProperty().unbind();
        chip.maxWidthProperty().unbind();
        chip.getTooltip().textProperty().unbind();
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        fillLanesIfStale();
        if (width != measuredWidth) {
            double inner = width < 0 ? -1 : Math.max(0, width - left - right);
            // the content's minimum (a band is never shorter than its accent and title) bounds its pref
            measuredHeight = top + Math.max(content.minHeight(inner), content.prefHeight(inner)) + bottom;
            measuredWidth = width;
        }
        return measuredHeight;
    }

    @Override
    protected void layoutChildren(double x, double y, double width, double height) {
        fillLanesIfStale();
        super.layoutChildren(x, y, width, height);
    }

    /**
     * Something in the band asked for a new layout: its height must be measured again. Until
     * then one measure serves the many questions a layout pass asks (min, pref, at the same width).
     */
    void forgetHeight() {
        measuredWidth = Double.NaN;
    }

    @Override
    public void dispose() {
        layer.getSegments().removeListener(rebuildLanes);
        layer.getVendors().removeListener(refillLanes);
        driverBinding.dispose();
        lanes.forEach(SegmentLane::dispose);
        lanes.clear();
        name.textProperty().unbind();
        count.textProperty().unbind();
        overview.textProperty().unbind();
        summary.textProperty().unbind();
        getSkinnable().pseudoClassStateChanged(Pseudo.NO_MATCHES, false);
        super.dispose();
    }
}
