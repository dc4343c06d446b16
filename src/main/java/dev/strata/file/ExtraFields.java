package dev.strata.file;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strata.model.Element;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of an element that Strata keeps without knowing them (a landscape item's
 * {@code repo_url}, {@code twitter}, {@code crunchbase}…), as text for people to read: the
 * ones holding a single text, number or true/false, in file order. Lists and objects are kept
 * in the file but not shown.
 */
public final class ExtraFields {

    /** One field: its name as written in the file, and its value as text. */
    public record Field(String name, String text) {
    }

    private ExtraFields() {
    }

    public static List<Field> of(Element element) {
        List<Field> fields = new ArrayList<>();
        element.getExtras().forEach((name, value) -> {
            if (value instanceof JsonNode node && node.isValueNode() && !node.isNull()) {
                String text = node.asText();
                if (!text.isBlank()) {
                    fields.add(new Field(name, text));
                }
            }
        });
        return fields;
    }
}
