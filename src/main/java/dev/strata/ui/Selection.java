package dev.strata.ui;

import dev.strata.model.Layer;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What the user has selected: nothing, a layer, or a vendor (and with it, its layer). The one
 * place that holds it; the stack view, the details pane, the breadcrumb and the menus follow it.
 */
public final class Selection {

    private final ReadOnlyObjectWrapper<Layer> layer = new ReadOnlyObjectWrapper<>(this, "layer");
    private final ReadOnlyObjectWrapper<Vendor> vendor = new ReadOnlyObjectWrapper<>(this, "vendor");

    /** The selected layer, or the layer of the selected vendor; null when nothing is selected. */
    public ReadOnlyObjectProperty<Layer> layerProperty() {
        return layer.getReadOnlyProperty();
    }

    public Layer getLayer() {
        return layer.get();
    }

    /** The selected vendor, or null. */
    public ReadOnlyObjectProperty<Vendor> vendorProperty() {
        return vendor.getReadOnlyProperty();
    }

    public Vendor getVendor() {
        return vendor.get();
    }

    public void selectLayer(Layer selected) {
        vendor.set(null);
        layer.set(selected);
    }

    public void selectVendor(Vendor selected, Layer itsLayer) {
        layer.set(itsLayer);
        vendor.set(selected);
    }

    public void clear() {
        vendor.set(null);
        layer.set(null);
    }

    /** Follows a change of the stack: a moved vendor keeps its selection, a deleted one loses it. */
    public void revalidate(Stack stack) {
        Vendor selected = vendor.get();
        if (selected != null) {
            stack.layerOf(selected).ifPresentOrElse(
                    itsLayer -> selectVendor(selected, itsLayer),
                    () -> selectLayer(stack.getLayers().contains(layer.get()) ? layer.get() : null));
        } else if (layer.get() != null && !stack.getLayers().contains(layer.get())) {
            clear();
        }
    }
}
