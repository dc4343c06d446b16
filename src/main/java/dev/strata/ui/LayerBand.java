package dev.strata.ui;

import dev.strata.model.Layer;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * One layer of the stack drawn as a horizontal band: its name, summary and segments on the
 * left, its vendor cards wrapping to the right. The band's colour comes from its tone, a style
 * class {@code tone-N} that the stylesheet maps to the layer colour tokens.
 */
public final class LayerBand extends Control {

    private static final String STYLE_CLASS = "layer-band";
    /** How many layer colours the stylesheet defines; tones repeat above that. */
    static final int TONES = 6;

    private final Layer layer;
    private final BooleanProperty expanded = new SimpleBooleanProperty(this, "expanded", true);

    public LayerBand(Layer layer) {
        this.layer = Objects.requireNonNull(layer, "layer");
        getStyleClass().setAll(STYLE_CLASS, toneClass(0));
        setAccessibleRole(AccessibleRole.NODE);
        accessibleTextProperty().bind(layer.nameProperty().concat(" layer"));
        expanded.addListener((obs, was, is) -> pseudoClassStateChanged(Pseudo.COLLAPSED, !is));
    }

    /** Picks the band's colour from its place counted from the bottom of the stack, from 0. */
    public void setPosition(int position) {
        getStyleClass().removeIf(styleClass -> styleClass.startsWith("tone-"));
        getStyleClass().add(toneClass(position));
    }

    private static String toneClass(int position) {
        return "tone-" + Math.floorMod(position, TONES);
    }

    public Layer getLayer() {
        return layer;
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
