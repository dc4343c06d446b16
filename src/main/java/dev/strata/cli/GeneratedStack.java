package dev.strata.cli;

import dev.strata.file.StackFiles;
import dev.strata.model.Layer;
import dev.strata.model.Segment;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.util.List;
import java.util.Random;

/** A stack of N vendors for the benchmark: the four layers, always the same for the same seed. */
final class GeneratedStack {

    private static final List<String> ROLES = List.of("GPUs", "Cloud", "Foundation models", "Vector database",
            "Labeling", "Observability", "Agents", "Search", "Coding assistant", "Analytics");

    private GeneratedStack() {
    }

    static Stack of(int vendors, long seed) {
        Random random = new Random(seed);
        Stack stack = StackFiles.blank();
        stack.setTitle("Generated stack of " + vendors + " vendors");
        List<Layer> layers = stack.getLayers();
        for (Layer layer : layers) {
            if (layer.getSegments().isEmpty()) {
                layer.getSegments().setAll(new Segment(layer.getId() + "-core", "Core"),
                        new Segment(layer.getId() + "-edge", "Edge"));
            }
        }
        for (int i = 0; i < vendors; i++) {
            Layer layer = layers.get(random.nextInt(layers.size()));
            Vendor vendor = new Vendor(String.format("vendor-%06d", i), String.format("Vendor %06d", i));
            vendor.setRole(ROLES.get(random.nextInt(ROLES.size())));
            vendor.setDescription("Generated vendor number " + i + " for the benchmark.");
            vendor.getTags().setAll("tag-" + random.nextInt(50), "tag-" + random.nextInt(50));
            vendor.setSegment(layer.getSegments().get(random.nextInt(layer.getSegments().size())).getId());
            vendor.setWebsite("https://example.com/" + i);
            layer.getVendors().add(vendor);
        }
        return stack;
    }
}
