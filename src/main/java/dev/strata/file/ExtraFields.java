package dev.strata.file;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strata.model.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The fields of an element that Strata keeps without knowing them (a landscape item's
 * {@code repo_url}, {@code twitter}, {@code crunchbase}…), as text for people to read, in file
 * order: a single text, number or true/false as it is; a list of them, or of flat objects (a
 * landscape's {@code also_in} places), one entry a line, an object's values joined by " › "; a
 * flat object (a landscape's {@code extra}) as its own fields. Anything nested deeper is kept in
 * the file but not shown; a long list shows its first {@value #MAX_ENTRIES} entries, and at most
 * {@value #MAX_FIELDS} fields are shown.
 */
public final class ExtraFields {

    /** One field: its name as written in the file, and its value as text. */
    public record Field(String name, String text) {
    }

    private static final String PARTS = " › ";
    /** A list longer than this is cut, saying how many entries it leaves out. */
    static final int MAX_ENTRIES = 20;
    /** More fields than this are cut too: a hand-made file may hold thousands. */
    static final int MAX_FIELDS = 60;

    private ExtraFields() {
    }

    public static List<Field> of(Element element) {
        List<Field> fields = new ArrayList<>();
        element.getExtras().forEach((name, value) -> {
            if (value instanceof JsonNode node) {
                add(fields, name, node);
            }
        });
        if (fields.size() > MAX_FIELDS) {
            int more = fields.size() - MAX_FIELDS;
            fields.subList(MAX_FIELDS, fields.size()).clear();
            fields.add(new Field("more", String.format(Locale.ENGLISH, "… and %,d more fields, kept in the file", more)));
        }
        return fields;
    }

    private static void add(List<Field> fields, String name, JsonNode node) {
        if (node.isObject() && isFlat(node)) {
            node.properties().forEach(inner -> text(inner.getValue()).ifPresent(text -> fields.add(new Field(inner.getKey(), text))));
        } else if (node.isArray()) {
            List<String> entries = new ArrayList<>();
            for (JsonNode entry : node) {
                Optional<String> text = entry.isObject() && isFlat(entry) ? joined(entry) : text(entry);
                if (text.isEmpty()) {
                    return; // a list of anything else is not for reading here
                }
                entries.add(text.get());
            }
            if (entries.size() > MAX_ENTRIES) {
                int more = entries.size() - MAX_ENTRIES;
                entries.subList(MAX_ENTRIES, entries.size()).clear();
                entries.add(String.format(Locale.ENGLISH, "… and %,d more", more));
            }
            if (!entries.isEmpty()) {
                fields.add(new Field(name, String.join("\n", entries)));
            }
        } else {
            text(node).ifPresent(text -> fields.add(new Field(name, text)));
        }
    }

    /** A text, number or true/false that says something; empty for anything else. */
    private static Optional<String> text(JsonNode node) {
        return node.isValueNode() && !node.isNull() && !node.asText().isBlank() ? Optional.of(node.asText()) : Optional.empty();
    }

    private static boolean isFlat(JsonNode object) {
        return object.size() > 0 && StreamSupport.stream(object.spliterator(), false).allMatch(JsonNode::isValueNode);
    }

    private static Optional<String> joined(JsonNode object) {
        String text = object.properties().stream().map(Map.Entry::getValue).map(ExtraFields::text)
                .flatMap(Optional::stream).collect(Collectors.joining(PARTS));
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
