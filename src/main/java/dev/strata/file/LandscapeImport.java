package dev.strata.file;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.strata.file.LocatedJson.Position;
import dev.strata.file.LocatedJson.SyntaxError;
import dev.strata.file.StackRecord.LayerRecord;
import dev.strata.file.StackRecord.SegmentRecord;
import dev.strata.file.StackRecord.VendorRecord;
import dev.strata.model.Ids;
import dev.strata.model.Stack;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Imports a {@code landscape.yml} (categories → subcategories → items, the format of the CNCF
 * landscape and its generator) as a stack: categories become layers (file order is bottom to
 * top), subcategories segments, items vendors. With a {@link LandscapeMapping}, categories go to
 * the mapping's layers instead. An item listed twice stays one vendor and remembers its other
 * places in {@code also_in}; every other field of an item is kept as extra data.
 */
public final class LandscapeImport {

    /** What an import made, and what it has to say about it (skipped categories, duplicates). */
    public record Result(StackRecord stack, List<String> notes, int items) {
    }

    private static final Set<String> ITEM_FIELDS_USED = Set.of("item", "name", "homepage_url", "description");
    /** The stack's field that records where an import came from: {@code {"landscape": {"imported_from": FILE}}}. */
    private static final String SOURCE_FIELD = "landscape";
    private static final String IMPORTED_FROM = "imported_from";

    private static final YAMLFactory YAML = YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .streamReadConstraints(JsonLimits.CONSTRAINTS)
            .build();

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final Set<String> segmentIds = new HashSet<>();
    private final Set<String> vendorIds = new HashSet<>();
    private final Map<String, MutableVendor> vendorsByName = new HashMap<>();
    private final Map<String, MutableLayer> layers = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private int items;
    private int repeated;

    private LandscapeImport() {
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) JsonLimits.MAX_FILE_BYTES);
        options.setMaxAliasesForCollections(50);
        options.setNestingDepthLimit(JsonLimits.MAX_NESTING_DEPTH);
        options.setAllowDuplicateKeys(false);
        return options;
    }

    /**
     * The landscape file {@code stack} was imported from, as the import recorded it; empty for any
     * other stack, or a record that names no file.
     */
    public static Optional<Path> importedFrom(Stack stack) {
        if (stack.getExtras().get(SOURCE_FIELD) instanceof JsonNode source && source.path(IMPORTED_FROM).isTextual()) {
            try {
                return Optional.of(Path.of(source.path(IMPORTED_FROM).asText())).filter(file -> file.getFileName() != null);
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a landscape file.
     *
     * @param mapping where categories go; null to make a layer of each category
     * @throws StackFileException for a file that is not a readable landscape, with line and column
     */
    public static Result read(byte[] bytes, String file, LandscapeMapping mapping) throws StackFileException {
        if (bytes.length > JsonLimits.MAX_FILE_BYTES) {
            throw new StackFileException(file, new Problem("", 1, 1, JsonLimits.tooLarge(bytes.length)));
        }
        LocatedJson yaml;
        try (JsonParser parser = YAML.createParser(TextDecoder.decode(bytes))) {
            yaml = LocatedJson.parse(parser);
        } catch (SyntaxError e) {
            YamlMessages.Said said = YamlMessages.of(e.getCause()).orElse(
                    new YamlMessages.Said(e.position(), e.getMessage().replace("JSON", "YAML")));
            throw new StackFileException(file, new Problem("", said.position().line(), said.position().column(),
                    said.message()));
        } catch (IOException e) {
            throw new StackFileException(file, new Problem("", 1, 1, "cannot read the YAML: " + e.getMessage()));
        }
        return new LandscapeImport().convert(yaml, file, mapping);
    }

    private Result convert(LocatedJson yaml, String file, LandscapeMapping mapping) throws StackFileException {
        JsonNode categories = yaml.root().path("landscape");
        if (!categories.isArray()) {
            throw structure(yaml, file, yaml.root().has("landscape") ? "landscape" : "",
                    "a landscape file holds a list \"landscape:\" of categories");
        }
        if (mapping != null) {
            mapping.layers().forEach(layer -> layer(layer.id(), layer.name()));
        }
        for (int c = 0; c < categories.size(); c++) {
            JsonNode category = categories.get(c);
            String path = "landscape[" + c + "]";
            String categoryName = name(yaml, file, category, path);
            MutableLayer layer;
            if (mapping == null) {
                layer = layer(Ids.slug(categoryName), categoryName);
            } else {
                String target = mapping.layerFor(categoryName);
                if (target == null) {
                    notes.add("skipped category \"" + categoryName + "\": the mapping does not place it");
                    continue;
                }
                layer = layers.get(target);
            }
            JsonNode subcategories = category.path("subcategories");
            for (int s = 0; s < subcategories.size(); s++) {
                JsonNode subcategory = subcategories.get(s);
                String subPath = path + ".subcategories[" + s + "]";
                String segmentName = name(yaml, file, subcategory, subPath);
                MutableSegment segment = layer.segment(segmentName, this::uniqueSegmentId);
                JsonNode entries = subcategory.path("items");
                for (int i = 0; i < entries.size(); i++) {
                    JsonNode item = entries.get(i);
                    item(yaml, file, item, subPath + ".items[" + i + "]", layer, segment, categoryName, segmentName);
                }
            }
        }
        if (repeated > 0) {
            notes.add(repeated == 1 ? "1 item listed in more than one place was imported once (see also_in)"
                    : repeated + " items listed in more than one place were imported once (see also_in)");
        }
        List<LayerRecord> records = layers.values().stream().map(MutableLayer::record).toList();
        if (records.isEmpty()) {
            throw structure(yaml, file, "landscape", "the landscape has no categories to import");
        }
        ObjectNode source = nodes.objectNode();
        source.put(IMPORTED_FROM, file);
        StackRecord stack = new StackRecord("Landscape: " + fileName(file), null, null, records, List.of(), List.of(),
                Map.of(SOURCE_FIELD, source));
        return new Result(stack, List.copyOf(notes), items);
    }

    private void item(LocatedJson yaml, String file, JsonNode item, String path, MutableLayer layer,
            MutableSegment segment, String categoryName, String segmentName) throws StackFileException {
        String name = name(yaml, file, item, path);
        items++;
        String key = name.strip().toLowerCase(Locale.ROOT);
        MutableVendor earlier = vendorsByName.get(key);
        if (earlier != null) {
            repeated++;
            ObjectNode place = nodes.objectNode().put("category", categoryName).put("subcategory", segmentName);
            ((ArrayNode) earlier.extras.computeIfAbsent("also_in", field -> nodes.arrayNode())).add(place);
            return;
        }
        String id = unique(Ids.slug(name), vendorIds);
        Map<String, JsonNode> extras = new LinkedHashMap<>();
        item.fields().forEachRemaining(field -> {
            if (!ITEM_FIELDS_USED.contains(field.getKey()) && !field.getValue().isNull()) {
                extras.put(field.getKey().equals("logo") ? "landscape_logo" : field.getKey(), field.getValue());
            }
        });
        String homepage = item.path("homepage_url").isTextual() ? item.get("homepage_url").textValue() : null;
        String description = item.path("description").isTextual() && !item.get("description").textValue().isBlank()
                ? item.get("description").textValue().strip() : null;
        MutableVendor vendor = new MutableVendor(id, name.strip(), segment.id,
                homepage != null && Ids.isWebAddress(homepage) ? homepage.strip() : null, description, extras);
        if (homepage != null && !Ids.isWebAddress(homepage)) {
            extras.put("homepage_url", item.get("homepage_url"));
        }
        vendorsByName.put(key, vendor);
        layer.vendors.add(vendor);
    }

    private MutableLayer layer(String id, String name) {
        return layers.computeIfAbsent(id, key -> new MutableLayer(key, name));
    }

    private String uniqueSegmentId(String name) {
        return unique(Ids.slug(name), segmentIds);
    }

    private static String unique(String base, Set<String> taken) {
        String id = Ids.unique(base, taken::contains);
        taken.add(id);
        return id;
    }

    private String name(LocatedJson yaml, String file, JsonNode node, String path) throws StackFileException {
        JsonNode name = node.path("name");
        if (!name.isTextual() && !name.isNumber() || name.asText().isBlank()) {
            throw structure(yaml, file, path, "every category, subcategory and item needs a name");
        }
        return name.asText();
    }

    private static StackFileException structure(LocatedJson yaml, String file, String path, String message) {
        Position at = yaml.positionOf(path);
        return new StackFileException(file, new Problem(path, at.line(), at.column(), message));
    }

    private static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return slash < 0 ? file : file.substring(slash + 1);
    }

    private static final class MutableLayer {
        private final String id;
        private final String name;
        private final Map<String, MutableSegment> segments = new LinkedHashMap<>();
        private final List<MutableVendor> vendors = new ArrayList<>();

        MutableLayer(String id, String name) {
            this.id = id;
            this.name = name;
        }

        MutableSegment segment(String segmentName, Function<String, String> newId) {
            return segments.computeIfAbsent(segmentName.strip().toLowerCase(Locale.ROOT),
                    key -> new MutableSegment(newId.apply(segmentName), segmentName.strip()));
        }

        LayerRecord record() {
            return new LayerRecord(id, name, null,
                    segments.values().stream().map(segment -> new SegmentRecord(segment.id, segment.name, Map.of()))
                            .toList(),
                    vendors.stream().map(MutableVendor::record).toList(), Map.of());
        }
    }

    private record MutableSegment(String id, String name) {
    }

    private static final class MutableVendor {
        private final String id;
        private final String name;
        private final String segment;
        private final String website;
        private final String description;
        private final Map<String, JsonNode> extras;

        MutableVendor(String id, String name, String segment, String website, String description,
                Map<String, JsonNode> extras) {
            this.id = id;
            this.name = name;
            this.segment = segment;
            this.website = website;
            this.description = description;
            this.extras = extras;
        }

        VendorRecord record() {
            return new VendorRecord(id, name, segment, null, description, List.of(), website, null, extras);
        }
    }
}
