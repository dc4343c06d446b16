package dev.strata.ui;

import dev.strata.model.Vendor;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * A vendor drawn as a card: its logo (or initials badge in its layer's colour), name and role.
 * Like a list cell, a card can be pointed at another vendor: a flow that scrolls reuses the
 * cards leaving the view for the vendors coming into it instead of building new ones.
 */
public final class VendorCard extends Control {

    private static final String STYLE_CLASS = "vendor-card";

    private final ObjectProperty<Vendor> vendor = new SimpleObjectProperty<>(this, "vendor");
    private final Logos logos;

    public VendorCard(Vendor vendor, ObservableStringValue layerName, Logos logos) {
        this.vendor.set(Objects.requireNonNull(vendor, "vendor"));
        this.logos = Objects.requireNonNull(logos, "logos");
        getStyleClass().setAll(STYLE_CLASS);
        setAccessibleRole(AccessibleRole.NODE);
        accessibleTextProperty().bind(Bindings.concat(this.vendor.flatMap(Vendor::nameProperty), ", ",
                this.vendor.flatMap(Vendor::roleProperty), ", ", layerName, " layer"));
    }

    public Vendor getVendor() {
        return vendor.get();
    }

    /** Shows another vendor on this card. */
    void setVendor(Vendor value) {
        vendor.set(Objects.requireNonNull(value, "vendor"));
    }

    ObjectProperty<Vendor> vendorProperty() {
        return vendor;
    }

    /** Where the card finds its vendor's logo. */
    Logos getLogos() {
        return logos;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new VendorCardSkin(this);
    }
}
