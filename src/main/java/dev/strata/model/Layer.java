package dev.strata.model;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** One band of the stack, holding its segments and its vendors in display order. */
public final class Layer extends NamedElement {

    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final ObservableList<Segment> segments = FXCollections.observableArrayList();
    private final ObservableList<Vendor> vendors = FXCollections.observableArrayList();

    public Layer(String id, String name) {
        super(id, name);
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public String getSummary() {
        return summary.get();
    }

    public void setSummary(String value) {
        summary.set(value);
    }

    public ObservableList<Segment> getSegments() {
        return segments;
    }

    public ObservableList<Vendor> getVendors() {
        return vendors;
    }
}
