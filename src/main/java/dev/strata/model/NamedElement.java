package dev.strata.model;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** An element with a slug {@code id} (unique per kind within a stack) and a display name. */
public abstract class NamedElement extends Element {

    private final StringProperty id = new SimpleStringProperty(this, "id");
    private final StringProperty name = new SimpleStringProperty(this, "name");

    protected NamedElement(String id, String name) {
        this.id.set(id);
        this.name.set(name);
    }

    public final StringProperty idProperty() {
        return id;
    }

    public final String getId() {
        return id.get();
    }

    public final void setId(String value) {
        id.set(value);
    }

    public final StringProperty nameProperty() {
        return name;
    }

    public final String getName() {
        return name.get();
    }

    public final void setName(String value) {
        name.set(value);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + getId() + "]";
    }
}
