package dev.strata.model;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A relation between two vendors, such as "OpenAI runs on Azure". */
public final class Link extends Element {

    private final StringProperty from = new SimpleStringProperty(this, "from");
    private final StringProperty to = new SimpleStringProperty(this, "to");
    private final StringProperty kind = new SimpleStringProperty(this, "kind");

    public Link(String from, String to, String kind) {
        this.from.set(from);
        this.to.set(to);
        this.kind.set(kind);
    }

    /** The id of the vendor the link starts at. */
    public StringProperty fromProperty() {
        return from;
    }

    public String getFrom() {
        return from.get();
    }

    /** The id of the vendor the link points to. */
    public StringProperty toProperty() {
        return to;
    }

    public String getTo() {
        return to.get();
    }

    /** What the relation is ("runs-on"), or null. */
    public StringProperty kindProperty() {
        return kind;
    }

    public String getKind() {
        return kind.get();
    }
}
