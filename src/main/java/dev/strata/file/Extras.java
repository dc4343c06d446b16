package dev.strata.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Unknown fields of a file entry, kept in file order and written back unchanged. */
final class Extras {

    private Extras() {
    }

    static Map<String, JsonNode> copy(Map<String, JsonNode> extras) {
        return extras == null || extras.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    }
}
