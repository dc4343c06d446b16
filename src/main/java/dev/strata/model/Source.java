package dev.strata.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Where a stack's content comes from: an article, a report. Immutable; extras keep file order. */
public record Source(String title, String author, String url, Map<String, Object> extras) {

    public Source {
        extras = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(extras, "extras")));
    }
}
