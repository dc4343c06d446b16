package dev.strata.ui;

import dev.strata.model.Layer;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What the user has selected: nothing, a layer, or one or more vendors. The one place that
 * holds it; the stack view, the details pane, the breadcrumb and the menus follow it.
 *
 * <p>Of several selected vendors one leads: the one last clicked or reached with the keys. The
 * lead is {@link #getVendor()}, its layer {@link #getLayer()}; what acts on one vendor (Edit
 * Vendor, Add Link) acts on the lead. The anchor is where a Shift+click range starts.
 */
public final class Selection {

    private final Function<Vendor, Optional<Layer>> layerOf;
    private final ReadOnlyObjectWrapper<Layer> layer = new ReadOnlyObjectWrapper<>(this, "layer");
    private final ReadOnlyObjectWrapper<Vendor> vendor = new ReadOnlyObjectWrapper<>(this, "vendor");
    private final ReadOnlyObjectWrapper<Set<Vendor>> vendors = new ReadOnlyObjectWrapper<>(this, "vendors", Set.of());
    private Vendor anchor;

    /** @param layerOf finds the layer that holds a vendor, for a lead chosen among the selected vendors */
    Selection(Function<Vendor, Optional<Layer>> layerOf) {
        this.layerOf = layerOf;
    }

    /** The selected layer, or the layer of the lead vendor; null when nothing is selected. */
    public ReadOnlyObjectProperty<Layer> layerProperty() {
        return layer.getReadOnlyProperty();
    }

    public Layer getLayer() {
        return layer.get();
    }

    /** The selected vendor (the lead, when there are several), or null. */
    public ReadOnlyObjectProperty<Vendor> vendorProperty() {
        return vendor.getReadOnlyProperty();
    }

    public Vendor getVendor() {
        return vendor.get();
    }

    /** All selected vendors, in the order they were selected; a new set on every change. */
    public ReadOnlyObjectProperty<Set<Vendor>> vendorsProperty() {
        return vendors.getReadOnlyProperty();
    }

    public Set<Vendor> getVendors() {
        return vendors.get();
    }

    public boolean isSelected(Vendor candidate) {
        return vendors.get().contains(candidate);
    }

    /** True when more than one vendor is selected. */
    public boolean hasSeveral() {
        return vendors.get().size() > 1;
    }

    /** The selected vendors in the order the stack draws them: the top layer first, each layer in its order. */
    public List<Vendor> vendorsInStackOrder(Stack stack) {
        Set<Vendor> selected = vendors.get();
        List<Vendor> ordered = new ArrayList<>(selected.size());
        List<Layer> layers = stack.getLayers();
        for (int i = layers.size() - 1; i >= 0 && ordered.size() < selected.size(); i--) {
            for (Vendor candidate : layers.get(i).getVendors()) {
                if (selected.contains(candidate)) {
                    ordered.add(candidate);
                }
            }
        }
        return ordered;
    }

    public void selectLayer(Layer selected) {
        anchor = null;
        set(Set.of(), null, selected);
    }

    public void selectVendor(Vendor selected, Layer itsLayer) {
        anchor = selected;
        set(Set.of(selected), selected, itsLayer);
    }

    /** Makes one of the selected vendors the lead, the others staying selected (a press on one of them). */
    public void lead(Vendor selected, Layer itsLayer) {
        if (!isSelected(selected)) {
            throw new IllegalArgumentException(selected + " is not selected");
        }
        set(vendors.get(), selected, itsLayer);
    }

    /**
     * Adds a vendor to the selection, or takes it out if it is in (a Ctrl+click). Taking out
     * the last one leaves its layer selected.
     */
    public void toggleVendor(Vendor toggled, Layer itsLayer) {
        Set<Vendor> after = new LinkedHashSet<>(vendors.get());
        if (after.add(toggled)) {
            anchor = toggled;
            set(after, toggled, itsLayer);
            return;
        }
        after.remove(toggled);
        if (after.isEmpty()) {
            selectLayer(itsLayer);
            return;
        }
        Vendor lead = vendor.get() == toggled ? last(after) : vendor.get();
        if (anchor == toggled) {
            anchor = lead;
        }
        set(after, lead, lead == vendor.get() ? layer.get() : layerOf.apply(lead).orElse(itsLayer));
    }

    /**
     * Selects {@code range} (a Shift+click from the anchor, or Select All), led by {@code lead};
     * the anchor stays where it was, or becomes the first of the range if there was none.
     */
    public void selectRange(List<Vendor> range, Vendor lead, Layer leadLayer) {
        if (range.isEmpty()) {
            return;
        }
        if (anchor == null || !range.contains(anchor)) {
            anchor = range.get(0);
        }
        set(new LinkedHashSet<>(range), lead, leadLayer);
    }

    /** Where a Shift+click range starts: the vendor last selected by a plain or Ctrl click; may be null. */
    public Vendor getAnchor() {
        return anchor;
    }

    /** What is selected now, to {@link #restore} later. */
    public record Snapshot(Set<Vendor> vendors, Vendor lead, Layer layer, Vendor anchor) {
    }

    public Snapshot snapshot() {
        return new Snapshot(vendors.get(), vendor.get(), layer.get(), anchor);
    }

    /** Selects again what {@code earlier} held, as far as {@code stack} still has it. */
    public void restore(Snapshot earlier, Stack stack) {
        anchor = earlier.anchor();
        set(earlier.vendors(), earlier.lead(), earlier.layer());
        revalidate(stack);
    }

    public void clear() {
        anchor = null;
        set(Set.of(), null, null);
    }

    /**
     * Follows a change of the stack: moved vendors stay selected, deleted ones leave the
     * selection; the lead passes to another selected vendor, or its layer stays selected.
     */
    public void revalidate(Stack stack) {
        Vendor lead = vendor.get();
        if (lead == null) {
            if (layer.get() != null && !stack.getLayers().contains(layer.get())) {
                clear();
            }
            return;
        }
        Set<Vendor> kept = vendors.get();
        if (kept.size() > 1) {
            Set<Vendor> inStack = stack.vendors().collect(Collectors.toCollection(HashSet::new));
            kept = kept.stream().filter(inStack::contains).collect(Collectors.toCollection(LinkedHashSet::new));
        }
        Optional<Layer> leadLayer = kept.contains(lead) ? stack.layerOf(lead) : Optional.empty();
        if (leadLayer.isEmpty() && !kept.isEmpty()) {
            lead = last(kept);
            leadLayer = stack.layerOf(lead);
        }
        if (leadLayer.isPresent()) {
            if (anchor != null && !kept.contains(anchor)) {
                anchor = lead;
            }
            set(kept, lead, leadLayer.get());
        } else {
            selectLayer(stack.getLayers().contains(layer.get()) ? layer.get() : null);
        }
    }

    /**
     * Sets the three properties in an order in which listeners never see a lead without a
     * layer: the lead goes first when it goes, last when it comes.
     */
    private void set(Set<Vendor> selectedVendors, Vendor lead, Layer leadLayer) {
        if (lead == null) {
            vendor.set(null);
        }
        if (!selectedVendors.equals(vendors.get())) {
            vendors.set(Collections.unmodifiableSet(selectedVendors));
        }
        layer.set(leadLayer);
        vendor.set(lead);
    }

    private static Vendor last(Collection<Vendor> vendors) {
        Vendor last = null;
        for (Vendor each : vendors) {
            last = each;
        }
        return last;
    }
}
