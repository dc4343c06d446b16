package dev.strata.model;

/** A lane inside a layer that groups some of its vendors (Hardware and Cloud in Infrastructure). */
public final class Segment extends NamedElement {

    public Segment(String id, String name) {
        super(id, name);
    }
}
