package dev.strata.model;

import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** One band of the stack, holding its segments and its vendors in display order. */
public final class Layer extends NamedElement {

    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final ObservableList<Segment> segments = FXCollections.observableArrayList();
    /** Reports a vendor's change of segment as an update, so that segment lanes follow it. */
    private final ObservableList<Vendor> vendors =
            FXCollections.observableArrayList(vendor -> new Observable[] {vendor.segmentProperty()});

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
