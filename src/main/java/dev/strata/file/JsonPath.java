package dev.strata.file;

/**
 * Where a value sits in a file ({@code layers[0].vendors[2].name}), spelled out only when asked
 * for: reading a valid file makes one small object per element and no text.
 */
final class JsonPath {

    static final JsonPath ROOT = new JsonPath(null, null, -1);

    private final JsonPath parent;
    private final String field;
    private final int index;
    private String spelled;

    private JsonPath(JsonPath parent, String field, int index) {
        this.parent = parent;
        this.field = field;
        this.index = index;
    }

    /** The field {@code name} of the object here. */
    JsonPath field(String name) {
        return new JsonPath(this, name, -1);
    }

    /** The element {@code i} of the list here. */
    JsonPath index(int i) {
        return new JsonPath(this, null, i);
    }

    /** As {@link LocatedJson#positionOf} takes it; empty for the root. */
    @Override
    public String toString() {
        if (spelled == null) {
            if (parent == null) {
                spelled = "";
            } else if (field != null) {
                spelled = LocatedJson.child(parent.toString(), field);
            } else {
                spelled = parent + "[" + index + "]";
            }
        }
        return spelled;
    }
}
