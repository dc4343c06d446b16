package dev.strata.model;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A company or product placed in one layer of the stack. */
public final class Vendor extends NamedElement {

    private final StringProperty segment = new SimpleStringProperty(this, "segment");
    private final StringProperty role = new SimpleStringProperty(this, "role", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringProperty website = new SimpleStringProperty(this, "website");
    private final StringProperty logo = new SimpleStringProperty(this, "logo");
    private final ObservableList<String> tags = FXCollections.observableArrayList();

    public Vendor(String id, String name) {
        super(id, name);
    }

    /** The id of the segment of its layer this vendor sits in, or null. */
    public StringProperty segmentProperty() {
        return segment;
    }

    public String getSegment() {
        return segment.get();
    }

    public void setSegment(String value) {
        segment.set(value);
    }

    /** A few words on what the vendor does in its layer ("GPUs"). */
    public StringProperty roleProperty() {
        return role;
    }

    public String getRole() {
        return role.get();
    }

    public void setRole(String value) {
        role.set(value);
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

    /** An http or https address, or null. */
    public StringProperty websiteProperty() {
        return website;
    }

    public String getWebsite() {
        return website.get();
    }

    public void setWebsite(String value) {
        website.set(value);
    }

    /** A PNG or JPEG path relative to the stack file's folder, or null. */
    public StringProperty logoProperty() {
        return logo;
    }

    public String getLogo() {
        return logo.get();
    }

    public void setLogo(String value) {
        logo.set(value);
    }

    public ObservableList<String> getTags() {
        return tags;
    }
}
