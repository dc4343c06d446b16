package dev.strata.ui;

import dev.strata.model.Driver;
import dev.strata.model.Layer;
import dev.strata.model.Vendor;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.control.ScrollPane;

/**
 * One layer of the stack drawn as a horizontal band: its name, summary and segments on the
 * left, its vendor cards to the right, in one lane per segment. The band's colour comes from its
 * tone, a style class {@code tone-N} that the stylesheet maps to the layer colour tokens.
 */
public final class LayerBand extends Control {

    private static final String STYLE_CLASS = "layer-band";
    /** How many layer colours the stylesheet defines; tones repeat above that. */
    static final int TONES = 6;

    private final Layer layer;
    private final ObservableList<Driver> drivers;
    private final Logos logos;
    private final BooleanProperty expanded = new SimpleBooleanProperty(this, "expanded", true);
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected");
    private final ObjectProperty<Set<Vendor>> selectedVendors = new SimpleObjectProperty<>(this, "selectedVendors", Set.of());
    private final ObjectProperty<Set<Vendor>> linkedVendors = new SimpleObjectProperty<>(this, "linkedVendors", Set.of());
    private final ObjectProperty<Predicate<Vendor>> filter = new SimpleObjectProperty<>(this, "filter");
    private final BooleanProperty overview = new SimpleBooleanProperty(this, "overview");
    private final ObjectProperty<ScrollPane> viewport = new SimpleObjectProperty<>(this, "viewport");

    /**
     * @param drivers the drivers and adoption notes that act on this layer
     * @param logos where the cards find their vendors' logos
     */
    public LayerBand(Layer layer, ObservableList<Driver> drivers, Logos logos) {
        this.layer = Objects.requireNonNull(layer, "layer");
        this.drivers = Objects.requireNonNull(drivers, "drivers");
        this.logos = Objects.requireNonNull(logos, "logos");
        getStyleClass().setAll(STYLE_CLASS, toneClass(0));
        setAccessibleRole(AccessibleRole.NODE);
        // the stack view is the one Tab stop; its arrow keys move between layers and cards
        setFocusTraversable(false);
        accessibleTextProperty().bind(layer.nameProperty().concat(" layer"));
        expanded.addListener((obs, was, is) -> pseudoClassStateChanged(Pseudo.COLLAPSED, !is));
        selected.addListener((obs, was, is) -> pseudoClassStateChanged(Pseudo.SELECTED, is));
        overview.addListener((obs, was, is) -> pseudoClassStateChanged(Pseudo.OVERVIEW, is));
    }

    public Layer getLayer() {
        return layer;
    }

    /** The drivers and adoption notes drawn on the band. */
    public ObservableList<Driver> getDrivers() {
        return drivers;
    }

    public Logos getLogos() {
        return logos;
    }

    /** Picks the band's colour from its place counted from the bottom of the stack, from 0. */
    public void setPosition(int position) {
        getStyleClass().removeIf(styleClass -> styleClass.startsWith("tone-"));
        getStyleClass().add(toneClass(position));
    }

    private static String toneClass(int position) {
        return "tone-" + Math.floorMod(position, TONES);
    }

    /** Collapsed, the band shows only its title line. */
    public BooleanProperty expandedProperty() {
        return expanded;
    }

    public boolean isExpanded() {
        return expanded.get();
    }

    public void setExpanded(boolean value) {
        expanded.set(value);
    }

    /** True when the layer itself (not one of its vendors) is selected. */
    public BooleanProperty selectedProperty() {
        return selected;
    }

    /** The selected vendors: those of this band show their cards as selected. Never null. */
    public ObjectProperty<Set<Vendor>> selectedVendorsProperty() {
        return selectedVendors;
    }

    /** The vendors a link joins to a selected vendor: those of this band mark their cards. Never null. */
    public ObjectProperty<Set<Vendor>> linkedVendorsProperty() {
        return linkedVendors;
    }

    /** Zoomed far out: the band shows its summary and counts per segment instead of cards. */
    public BooleanProperty overviewProperty() {
        return overview;
    }

    /**
     * The region through which the band is seen (the stack view's scroll pane): only the cards
     * in sight of it are made. Null makes every card, as a picture of the whole stack needs.
     * Read when the band builds its lanes.
     */
    public ObjectProperty<ScrollPane> viewportProperty() {
        return viewport;
    }

    /** Which vendors' cards show; null shows all. */
    public ObjectProperty<Predicate<Vendor>> filterProperty() {
        return filter;
    }

    /** The card drawn for {@code vendor}, if the band shows one and it is in sight. */
    public Optional<VendorCard> cardFor(Vendor vendor) {
        return skin().flatMap(skin -> skin.cardFor(vendor));
    }

    /** Where {@code vendor}'s card is, or would be once scrolled to, in scene coordinates. */
    Optional<Bounds> cardPlaceInScene(Vendor vendor) {
        return skin().flatMap(skin -> skin.cardPlaceInScene(vendor));
    }

    /** The vendors whose cards are or would be where they touch {@code inScene}, in sight or not. */
    List<Vendor> vendorsWithin(Bounds inScene) {
        return isExpanded() ? skin().map(skin -> skin.vendorsWithin(inScene)).orElse(List.of()) : List.of();
    }

    /** The vendors whose cards show (in sight or not), in the order they are drawn (lane by lane). */
    public List<Vendor> vendorsInDisplayOrder() {
        return skin().map(LayerBandSkin::vendorsInDisplayOrder).orElse(List.copyOf(layer.getVendors()));
    }

    /** Where the {@code dragged} vendors would land if dropped at {@code scenePoint} over this band. */
    DropPlace dropPlaceAt(Point2D scenePoint, Set<Vendor> dragged) {
        return skin().map(skin -> skin.dropPlaceAt(scenePoint, dragged))
                .orElse(new DropPlace(layer, null, layer.getVendors().size(), null, false));
    }

    /** Shows where a drop would land (or nothing, for null). */
    void showDropPlace(DropPlace place) {
        pseudoClassStateChanged(Pseudo.DROP_TARGET, place != null);
        skin().ifPresent(skin -> skin.showDropPlace(place));
    }

    /** The lanes of its segments in sight (a search hides the empty ones), in the layer's order. */
    List<SegmentLane> segmentLanes() {
        return lookupAll(".lane").stream().filter(SegmentLane.class::isInstance).map(SegmentLane.class::cast)
                .filter(lane -> lane.segment() != null && lane.isVisible())
                .sorted(Comparator.comparingInt(lane -> layer.getSegments().indexOf(lane.segment())))
                .toList();
    }

    /** True when its segments' lanes stand one under another as drawn (many segments, or a narrow window). */
    boolean segmentLanesStacked() {
        List<SegmentLane> lanes = segmentLanes();
        return lanes.size() > 1
                && Math.abs(lanes.get(0).localToScene(0, 0).getY() - lanes.get(1).localToScene(0, 0).getY()) >= 1;
    }

    private Optional<LayerBandSkin> skin() {
        return getSkin() instanceof LayerBandSkin skin ? Optional.of(skin) : Optional.empty();
    }

    @Override
    public void requestLayout() {
        super.requestLayout();
        skin().ifPresent(LayerBandSkin::forgetHeight);
    }

    /** Cards wrap: the band's height depends on its width. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new LayerBandSkin(this);
    }
}
