package dev.strata.ui;

import dev.strata.model.Vendor;
import java.util.Objects;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/** A vendor drawn as a card: its logo (or initials badge in its layer's colour), name and role. */
public final class VendorCard extends Control {

    private static final String STYLE_CLASS = "vendor-card";

    private final Vendor vendor;
    private final Logos logos;

    public VendorCard(Vendor vendor, ObservableStringValue layerName, Logos logos) {
        this.vendor = Objects.requireNonNull(vendor, "vendor");
        this.logos = Objects.requireNonNull(logos, "logos");
        getStyleClass().setAll(STYLE_CLASS);
        setAccessibleRole(AccessibleRole.NODE);
        accessibleTextProperty().bind(vendor.nameProperty()
                .concat(", ").concat(vendor.roleProperty())
                .concat(", ").concat(layerName).concat(" layer"));
    }

    public Vendor getVendor() {
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
