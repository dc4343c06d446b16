package dev.strata.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something a stack file lists. Every element carries the fields of its file entry that this
 * version of Strata does not know ("extras"), so that they are written back unchanged.
 * The values are opaque to the model: only the file package knows what they are.
 */
public abstract class Element {

    private Map<String, Object> extras = Map.of();

    /** Fields this version does not understand, in file order; never null, unmodifiable. */
    public Map<String, Object> getExtras() {
        return extras;
    }

    public void setExtras(Map<String, Object> extras) {
        Objects.requireNonNull(extras, "extras");
        this.extras = extras.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    }
}
