package dev.strata.model;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The whole map: layers from the bottom of the stack (the foundation) to the top, and the links
 * and drivers between them.
 */
public final class Stack extends Element {

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(this, "source");
    private final ObservableList<Layer> layers = FXCollections.observableArrayList();
    private final ObservableList<Link> links = FXCollections.observableArrayList();
    private final ObservableList<Driver> drivers = FXCollections.observableArrayList();

    public StringProperty titleProperty() {
        return title;
    }

    public String getTitle() {
        return title.get();
    }

    public void setTitle(String value) {
        title.set(value);
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public String getDescription() {
        return description.get();
    }

    public void setDescription(String value) {
        description.set(value);
    }

    /** Where the content comes from, or null. */
    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    public Source getSource() {
        return source.get();
    }

    public void setSource(Source value) {
        source.set(value);
    }

    /** Bottom (foundation) first. */
    public ObservableList<Layer> getLayers() {
        return layers;
    }

    public ObservableList<Link> getLinks() {
        return links;
    }

    public ObservableList<Driver> getDrivers() {
        return drivers;
    }

    public Stream<Vendor> vendors() {
        return layers.stream().flatMap(layer -> layer.getVendors().stream());
    }

    public int vendorCount() {
        return layers.stream().mapToInt(layer -> layer.getVendors().size()).sum();
    }

    public Optional<Layer> findLayer(String id) {
        return layers.stream().filter(layer -> layer.getId().equals(id)).findFirst();
    }

    public Optional<Vendor> findVendor(String id) {
        return vendors().filter(vendor -> vendor.getId().equals(id)).findFirst();
    }

    /**
     * The vendors at the other end of a link from one of {@code vendors}, in either direction,
     * leaving out {@code vendors} themselves.
     */
    public Set<Vendor> linkedTo(Set<Vendor> vendors) {
        if (vendors.isEmpty() || links.isEmpty()) {
            return Set.of();
        }
        Set<String> ids = new HashSet<>();
        vendors.forEach(vendor -> ids.add(vendor.getId()));
        Set<String> linkedIds = new HashSet<>();
        for (Link link : links) {
            if (ids.contains(link.getFrom())) {
                linkedIds.add(link.getTo());
            }
            if (ids.contains(link.getTo())) {
                linkedIds.add(link.getFrom());
            }
        }
        linkedIds.removeAll(ids);
        if (linkedIds.isEmpty()) {
            return Set.of();
        }
        Set<Vendor> linked = new HashSet<>();
        vendors().filter(vendor -> linkedIds.contains(vendor.getId())).forEach(linked::add);
        return linked;
    }

    /** The layer that holds the vendor, if the vendor is in this stack. */
    public Optional<Layer> layerOf(Vendor vendor) {
        return layers.stream().filter(layer -> layer.getVendors().contains(vendor)).findFirst();
    }
}
