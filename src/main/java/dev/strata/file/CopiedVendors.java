package dev.strata.file;

import dev.strata.file.StackRecord.LayerRecord;
import dev.strata.file.StackRecord.LinkRecord;
import dev.strata.file.StackRecord.SegmentRecord;
import dev.strata.model.Layer;
import dev.strata.model.Link;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Vendors as text on the clipboard: a small stack file of the layers holding them (with the
 * segments they are in) and the links among them. So copied vendors paste into any stack, or as JSON into any text
 * editor; and pasted text, wherever it came from, is checked as a stack file is, with the same
 * limits and messages, before anything of it reaches a stack.
 */
public final class CopiedVendors {

    /** Where problems with pasted text are said to be. */
    public static final String SOURCE = "the clipboard";

    private CopiedVendors() {
    }

    /** What pasted text holds: vendors of every layer in it, in order, and the links among them. */
    public record Pasted(List<Vendor> vendors, List<Link> links) {
        public Pasted {
            vendors = List.copyOf(vendors);
            links = List.copyOf(links);
        }
    }

    /**
     * The text for {@code vendors} of {@code stack}, in that order, each under its layer (with
     * the segments they are in), and the links that join two of them.
     */
    public static String write(Stack stack, List<Vendor> vendors) {
        Set<Vendor> copied = new HashSet<>(vendors);
        Map<Vendor, Layer> layers = new HashMap<>();
        for (Layer layer : stack.getLayers()) {
            for (Vendor vendor : layer.getVendors()) {
                if (copied.contains(vendor)) {
                    layers.put(vendor, layer);
                }
            }
        }
        Map<Layer, List<Vendor>> byLayer = new LinkedHashMap<>();
        for (Vendor vendor : vendors) {
            Layer layer = Objects.requireNonNull(layers.get(vendor), () -> vendor + " is not in the stack");
            byLayer.computeIfAbsent(layer, key -> new ArrayList<>()).add(vendor);
        }
        List<LayerRecord> holders = new ArrayList<>();
        byLayer.forEach((layer, itsVendors) -> holders.add(holder(layer, itsVendors)));
        Set<String> ids = vendors.stream().map(Vendor::getId).collect(Collectors.toSet());
        List<LinkRecord> links = stack.getLinks().stream()
                .filter(link -> ids.contains(link.getFrom()) && ids.contains(link.getTo()))
                .map(StackMapper::toRecord).toList();
        StackRecord copy = new StackRecord("Copied vendors", null, null, holders, links, List.of(), Map.of());
        return new String(StackCodec.write(copy), StandardCharsets.UTF_8);
    }

    private static LayerRecord holder(Layer layer, List<Vendor> vendors) {
        List<SegmentRecord> segments = layer.getSegments().stream()
                .filter(segment -> vendors.stream().anyMatch(vendor -> segment.getId().equals(vendor.getSegment())))
                .map(StackMapper::toRecord).toList();
        return new LayerRecord(layer.getId(), layer.getName(), null, segments,
                vendors.stream().map(StackMapper::toRecord).toList(), Map.of());
    }

    /**
     * The vendors of pasted text, of every layer, in order, each with the id and segment it has
     * there (not yet in any stack of the user's), and the links among them.
     *
     * @throws StackFileException when the text is not a stack file, or one without vendors
     */
    public static Pasted read(String text) throws StackFileException {
        if (!text.stripLeading().startsWith("{")) {
            // plain text copied from elsewhere: a JSON parser's complaint about it would only puzzle
            throw new StackFileException(SOURCE, new Problem("", 1, 1,
                    "The clipboard holds text, not vendors copied from Strata or a stack file."));
        }
        Stack pasted = StackMapper.toModel(StackCodec.read(text.getBytes(StandardCharsets.UTF_8), SOURCE));
        List<Vendor> vendors = pasted.vendors().toList();
        if (vendors.isEmpty()) {
            throw new StackFileException(SOURCE, new Problem("", 1, 1, "The copied stack holds no vendors."));
        }
        return new Pasted(vendors, pasted.getLinks());
    }
}
