package dev.strata.model;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A force that shapes one layer: a market driver ("hardware cost reductions") or an adoption
 * note ("B2B ahead of B2C").
 */
public final class Driver extends NamedElement {

    private final StringProperty layer = new SimpleStringProperty(this, "layer");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<DriverKind> kind = new SimpleObjectProperty<>(this, "kind", DriverKind.DRIVER);

    public Driver(String id, String name) {
        super(id, name);
    }

    /** The id of the layer this driver acts on, or null for the whole stack. */
    public StringProperty layerProperty() {
        return layer;
    }

    public String getLayer() {
        return layer.get();
    }

    public void setLayer(String value) {
        layer.set(value);
    }

    public StringProperty textProperty() {
        return text;
    }

    public String getText() {
        return text.get();
    }

    public void setText(String value) {
        text.set(value);
    }

    public ObjectProperty<DriverKind> kindProperty() {
        return kind;
    }

    public DriverKind getKind() {
        return kind.get();
    }

    public void setKind(DriverKind value) {
        kind.set(value);
    }
}
