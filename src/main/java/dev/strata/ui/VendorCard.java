package dev.strata.ui;

import dev.strata.model.Vendor;
import java.util.Objects;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/** A vendor drawn as a card: initials badge in its layer's colour, name and role. */
public final class VendorCard extends Control {

    private static final String STYLE_CLASS = "vendor-card";

    private final Vendor vendor;

    public VendorCard(Vendor vendor, ObservableStringValue layerName) {
        this.vendor = Objects.requireNonNull(vendor, "vendor");
        getStyleClass().setAll(STYLE_CLASS);
        setAccessibleRole(AccessibleRole.NODE);
        accessibleTextProperty().bind(vendor.nameProperty()
                .concat(", ").concat(vendor.roleProperty())
                .concat(", ").concat(layerName).concat(" layer"));
    }

    public Vendor getVendor() {
        return vendor;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new VendorCardSkin(this);
    }
}
