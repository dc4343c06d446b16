package dev.strata.file;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strata.file.LocatedJson.Position;
import dev.strata.file.StackRecord.DriverRecord;
import dev.strata.file.StackRecord.LayerRecord;
import dev.strata.file.StackRecord.LinkRecord;
import dev.strata.file.StackRecord.SegmentRecord;
import dev.strata.file.StackRecord.SourceRecord;
import dev.strata.file.StackRecord.VendorRecord;
import java.util.ArrayList;
import java.util.Comparator;
import dev.strata.model.DriverKind;
import dev.strata.model.Ids;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads the tree of a stack file into records and checks every rule of the format, collecting
 * all problems of the file in one pass. Fields it does not know become extras.
 */
final class StackDecoder {

    private static final Set<String> TOP_FIELDS =
            Set.of("format", "version", "title", "description", "source", "layers", "links", "drivers");
    private static final Set<String> SOURCE_FIELDS = Set.of("title", "author", "url");
    private static final Set<String> LAYER_FIELDS = Set.of("id", "name", "summary", "segments", "vendors");
    private static final Set<String> SEGMENT_FIELDS = Set.of("id", "name");
    private static final Set<String> VENDOR_FIELDS =
            Set.of("id", "name", "segment", "role", "description", "tags", "website", "logo");
    private static final Set<String> LINK_FIELDS = Set.of("from", "to", "kind");
    private static final Set<String> DRIVER_FIELDS = Set.of("id", "layer", "name", "text", "kind");

    private final LocatedJson json;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, JsonPath> layerIds = new HashMap<>();
    private final Map<String, JsonPath> segmentIds = new HashMap<>();
    private final Map<String, JsonPath> vendorIds = new HashMap<>();
    private final Map<String, JsonPath> driverIds = new HashMap<>();

    private StackDecoder(LocatedJson json) {
        this.json = json;
    }

    /** The stack of a parsed file, or the problems that make it invalid (all of them). */
    static Result decode(LocatedJson json) {
        StackDecoder decoder = new StackDecoder(json);
        StackRecord stack = decoder.stack(json.root());
        if (decoder.problems.isEmpty()) {
            return new Result(stack, List.of());
        }
        List<Problem> problems = new ArrayList<>(decoder.problems);
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return new Result(null, problems);
    }

    record Result(StackRecord stack, List<Problem> problems) {
    }

    private StackRecord stack(JsonNode root) {
        if (!root.isObject()) {
            problem(JsonPath.ROOT, "a stack file is a JSON object, not " + kindOf(root));
            return null;
        }
        if (!formatAndVersionAccepted(root)) {
            return null;
        }
        String title = optionalText(root, JsonPath.ROOT, "title");
        String description = optionalText(root, JsonPath.ROOT, "description");
        SourceRecord source = root.has("source") ? source(root.get("source"), JsonPath.ROOT.field("source")) : null;
        List<LayerRecord> layers = list(root, JsonPath.ROOT, "layers", true, this::layer);
        if (root.path("layers").isArray() && root.get("layers").isEmpty()) {
            problem(JsonPath.ROOT.field("layers"), "a stack needs at least one layer");
        }
        List<LinkRecord> links = list(root, JsonPath.ROOT, "links", false, this::link);
        List<DriverRecord> drivers = list(root, JsonPath.ROOT, "drivers", false, this::driver);
        checkLinkReferences(links);
        checkDriverReferences(drivers);
        return new StackRecord(title, description, source, layers, links, drivers, extras(root, TOP_FIELDS));
    }

    /** Checks {@code format} and {@code version}; a file it must not read stops here. */
    private boolean formatAndVersionAccepted(JsonNode root) {
        JsonNode format = root.get("format");
        if (format == null) {
            problem(JsonPath.ROOT, "missing \"format\": a stack file starts with \"format\": \"" + StackCodec.FORMAT + "\"");
            return false;
        }
        if (!StackCodec.FORMAT.equals(format.textValue())) {
            problem(JsonPath.ROOT.field("format"), "expected \"" + StackCodec.FORMAT + "\", found " + quoted(format));
            return false;
        }
        JsonNode version = root.get("version");
        if (version == null) {
            problem(JsonPath.ROOT, "missing \"version\"");
            return false;
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
            problem(JsonPath.ROOT.field("version"), "expected a whole number of at least 1, found " + quoted(version));
            return false;
        }
        if (version.intValue() > StackCodec.VERSION) {
            problem(JsonPath.ROOT.field("version"), "made by a newer Strata (version " + version.intValue()
                    + "); this one reads versions up to " + StackCodec.VERSION);
            return false;
        }
        return true;
    }

    private SourceRecord source(JsonNode node, JsonPath path) {
        if (!expectObject(node, path)) {
            return null;
        }
        return new SourceRecord(
                optionalText(node, path, "title"),
                optionalText(node, path, "author"),
                optionalWebsite(node, path, "url"),
                extras(node, SOURCE_FIELDS));
    }

    private LayerRecord layer(JsonNode node, JsonPath path) {
        if (!expectObject(node, path)) {
            return null;
        }
        String id = id(node, path, layerIds, "layer");
        List<SegmentRecord> segments = list(node, path, "segments", false, this::segment);
        Set<String> ownSegments = new HashSet<>();
        segments.forEach(segment -> ownSegments.add(segment.id()));
        List<VendorRecord> vendors = list(node, path, "vendors", false,
                (vendor, vendorPath) -> vendor(vendor, vendorPath, id, ownSegments));
        return new LayerRecord(
                id,
                name(node, path),
                optionalText(node, path, "summary"),
                segments,
                vendors,
                extras(node, LAYER_FIELDS));
    }

    private SegmentRecord segment(JsonNode node, JsonPath path) {
        if (!expectObject(node, path)) {
            return null;
        }
        return new SegmentRecord(id(node, path, segmentIds, "segment"), name(node, path),
                extras(node, SEGMENT_FIELDS));
    }

    private VendorRecord vendor(JsonNode node, JsonPath path, String layerId, Set<String> layerSegments) {
        if (!expectObject(node, path)) {
            return null;
        }
        String id = id(node, path, vendorIds, "vendor");
        String segment = optionalText(node, path, "segment");
        if (segment != null && !layerSegments.contains(segment)) {
            problem(path.field("segment"),
                    "no segment \"" + segment + "\" in layer \"" + layerId + "\"");
        }
        return new VendorRecord(
                id,
                name(node, path),
                segment,
                optionalText(node, path, "role"),
                optionalText(node, path, "description"),
                textList(node, path, "tags"),
                optionalWebsite(node, path, "website"),
                optionalLogo(node, path),
                extras(node, VENDOR_FIELDS));
    }

    private LinkRecord link(JsonNode node, JsonPath path) {
        if (!expectObject(node, path)) {
            return null;
        }
        String from = requiredText(node, path, "from");
        String to = requiredText(node, path, "to");
        return new LinkRecord(from, to, optionalText(node, path, "kind"), extras(node, LINK_FIELDS));
    }

    private DriverRecord driver(JsonNode node, JsonPath path) {
        if (!expectObject(node, path)) {
            return null;
        }
        String kind = optionalText(node, path, "kind");
        if (kind != null && DriverKind.fromKey(kind).isEmpty()) {
            problem(path.field("kind"), "expected \"driver\" or \"adoption\", found \"" + kind + "\"");
        }
        return new DriverRecord(
                id(node, path, driverIds, "driver"),
                optionalText(node, path, "layer"),
                name(node, path),
                optionalText(node, path, "text"),
                kind,
                extras(node, DRIVER_FIELDS));
    }

    private void checkLinkReferences(List<LinkRecord> links) {
        for (int i = 0; i < links.size(); i++) {
            LinkRecord link = links.get(i);
            JsonPath path = JsonPath.ROOT.field("links").index(i);
            checkReference(link.from(), vendorIds, path.field("from"), "vendor");
            checkReference(link.to(), vendorIds, path.field("to"), "vendor");
        }
    }

    private void checkDriverReferences(List<DriverRecord> drivers) {
        for (int i = 0; i < drivers.size(); i++) {
            checkReference(drivers.get(i).layer(), layerIds, JsonPath.ROOT.field("drivers").index(i).field("layer"),
                    "layer");
        }
    }

    private void checkReference(String id, Map<String, JsonPath> known, JsonPath path, String kind) {
        if (id != null && !known.containsKey(id)) {
            problem(path, "no " + kind + " \"" + id + "\" in this stack");
        }
    }

    /** A required, well-formed id that no earlier element of the same kind has. */
    private String id(JsonNode object, JsonPath path, Map<String, JsonPath> seen, String kind) {
        String id = requiredText(object, path, "id");
        if (id == null) {
            return null;
        }
        if (!Ids.isValid(id)) {
            problem(path.field("id"), "\"" + id + "\" is not a valid id: use lower-case letters, "
                    + "digits and '-', starting with a letter or digit");
        } else {
            JsonPath first = seen.putIfAbsent(id, path);
            if (first != null) {
                problem(path.field("id"), "duplicate " + kind + " id \"" + id + "\" (first used at " + first + ")");
            }
        }
        return id;
    }

    private String name(JsonNode object, JsonPath path) {
        String name = requiredText(object, path, "name");
        if (name != null && name.isBlank()) {
            problem(path.field("name"), "the name is blank");
        }
        return name;
    }

    private String requiredText(JsonNode object, JsonPath path, String field) {
        if (!object.has(field) || object.get(field).isNull()) {
            problem(path, "missing \"" + field + "\"");
            return null;
        }
        return text(object.get(field), path, field);
    }

    /** The text of an optional field; null when absent, null or empty. */
    private String optionalText(JsonNode object, JsonPath path, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = text(value, path, field);
        return text == null || text.isEmpty() ? null : text;
    }

    private String optionalWebsite(JsonNode object, JsonPath path, String field) {
        String address = optionalText(object, path, field);
        if (address != null && !Ids.isWebAddress(address)) {
            problem(path.field(field), "\"" + address + "\" is not an http or https address");
        }
        return address;
    }

    private String optionalLogo(JsonNode object, JsonPath path) {
        String logo = optionalText(object, path, "logo");
        if (logo != null && !Ids.isLogoPath(logo)) {
            problem(path.field("logo"), "\"" + logo + "\" is not a logo path: use a .png or .jpg file "
                    + "inside the stack file's folder, relative, with '/' and no '..'");
        }
        return logo;
    }

    /** The text of the field {@code field} of the object at {@code path}. */
    private String text(JsonNode value, JsonPath path, String field) {
        if (!value.isTextual()) {
            problem(path.field(field), "expected text, found " + kindOf(value));
            return null;
        }
        return value.textValue();
    }

    private List<String> textList(JsonNode object, JsonPath path, String field) {
        return list(object, path, field, false, (element, elementPath) -> {
            if (!element.isTextual()) {
                problem(elementPath, "expected text, found " + kindOf(element));
                return null;
            }
            return element.textValue();
        });
    }

    /** The elements of a list, each read with the path it has in the file; those that cannot be read are left out. */
    private <T> List<T> list(JsonNode object, JsonPath path, String field, boolean required,
            BiFunction<JsonNode, JsonPath, T> element) {
        JsonNode array = object.get(field);
        if (array == null || array.isNull()) {
            if (required) {
                problem(path, "missing \"" + field + "\"");
            }
            return List.of();
        }
        JsonPath arrayPath = path.field(field);
        if (!array.isArray()) {
            problem(arrayPath, "expected a list, found " + kindOf(array));
            return List.of();
        }
        List<T> result = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            T value = element.apply(array.get(i), arrayPath.index(i));
            if (value != null) {
                result.add(value);
            }
        }
        return result;
    }

    private boolean expectObject(JsonNode node, JsonPath path) {
        if (!node.isObject()) {
            problem(path, "expected an object, found " + kindOf(node));
            return false;
        }
        return true;
    }

    /** The fields of {@code object} that are not {@code known}, in file order; most objects have none. */
    private static Map<String, JsonNode> extras(JsonNode object, Set<String> known) {
        Map<String, JsonNode> extras = Map.of();
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!known.contains(field.getKey())) {
                if (extras.isEmpty()) {
                    extras = new LinkedHashMap<>();
                }
                extras.put(field.getKey(), field.getValue());
            }
        }
        return extras;
    }

    private void problem(JsonPath path, String message) {
        Position position = json.positionOf(path.toString());
        problems.add(new Problem(path.toString(), position.line(), position.column(), message));
    }

    private static String kindOf(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case STRING -> "text";
            case NUMBER -> "a number";
            case BOOLEAN -> node.booleanValue() ? "true" : "false";
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(Locale.ROOT);
        };
    }

    private static String quoted(JsonNode node) {
        String shown = node.isTextual() ? "\"" + node.textValue() + "\"" : node.toString();
        return shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
    }
}
