package dev.strata.file;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strata.file.LocatedJson.Position;
import dev.strata.file.LocatedJson.SyntaxError;
import dev.strata.model.Ids;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the categories of a landscape go when it is imported: a list of layers from the bottom
 * of the stack up, each naming the categories it takes. Read from JSON:
 * <pre>{ "layers": [ { "id": "infrastructure", "name": "Infrastructure", "categories": ["Hosting"] } ] }</pre>
 */
public record LandscapeMapping(List<Layer> layers, Map<String, String> layerByCategory) {

    /** One target layer and the categories that go to it. */
    public record Layer(String id, String name, List<String> categories) {
    }

    /** The id of the layer that takes {@code category}, or null when the mapping does not place it. */
    public String layerFor(String category) {
        return layerByCategory.get(category.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * @throws StackFileException for a mapping that is not valid, with line and column
     */
    public static LandscapeMapping read(byte[] bytes, String file) throws StackFileException {
        LocatedJson json;
        try {
            json = LocatedJson.parse(bytes);
        } catch (SyntaxError e) {
            throw new StackFileException(file, new Problem("", e.position().line(), e.position().column(),
                    e.getMessage()));
        }
        JsonNode layers = json.root().path("layers");
        if (!layers.isArray() || layers.isEmpty()) {
            throw problem(json, file, "", "a mapping holds a non-empty list \"layers\"");
        }
        List<Layer> result = new ArrayList<>();
        Map<String, String> byCategory = new HashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            JsonNode layer = layers.get(i);
            String path = "layers[" + i + "]";
            String id = layer.path("id").asText("");
            String name = layer.path("name").asText("");
            if (!Ids.isValid(id) || name.isBlank() || !layer.path("categories").isArray()) {
                throw problem(json, file, path, "each layer needs an \"id\" (a slug), a \"name\" and a list "
                        + "\"categories\"");
            }
            List<String> categories = new ArrayList<>();
            for (JsonNode category : layer.get("categories")) {
                String key = category.asText("").strip().toLowerCase(Locale.ROOT);
                if (byCategory.putIfAbsent(key, id) != null) {
                    throw problem(json, file, path + ".categories", "the category \"" + category.asText()
                            + "\" is mapped twice");
                }
                categories.add(category.asText());
            }
            result.add(new Layer(id, name, List.copyOf(categories)));
        }
        return new LandscapeMapping(List.copyOf(result), Map.copyOf(byCategory));
    }

    private static StackFileException problem(LocatedJson json, String file, String path, String message) {
        Position at = json.positionOf(path);
        return new StackFileException(file, new Problem(path, at.line(), at.column(), message));
    }
}
