package dev.strata.edit;

import java.util.Objects;
import javafx.beans.property.Property;

/** Changes one property of a model object: a rename, a new role, another summary. */
public final class SetProperty<T> implements Command {

    private final Property<T> property;
    private final T oldValue;
    private final T newValue;
    private final String description;

    public SetProperty(Property<T> property, T newValue, String description) {
        this.property = Objects.requireNonNull(property, "property");
        this.oldValue = property.getValue();
        this.newValue = newValue;
        this.description = Objects.requireNonNull(description, "description");
    }

    @Override
    public void execute() {
        property.setValue(newValue);
    }

    @Override
    public void undo() {
        property.setValue(oldValue);
    }

    @Override
    public String description() {
        return description;
    }
}
