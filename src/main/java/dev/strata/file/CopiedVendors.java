package dev.strata.file;

import dev.strata.file.StackRecord.LayerRecord;
import dev.strata.file.StackRecord.SegmentRecord;
import dev.strata.model.Layer;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Vendors as text on the clipboard: a small stack file of one layer holding them (and the
 * segments they are in). So copied vendors paste into any stack, or as JSON into any text
 * editor; and pasted text, wherever it came from, is checked as a stack file is, with the same
 * limits and messages, before anything of it reaches a stack.
 */
public final class CopiedVendors {

    /** Where problems with pasted text are said to be. */
    public static final String SOURCE = "the clipboard";

    private CopiedVendors() {
    }

    /** The text for {@code vendors}, all of {@code layer}. */
    public static String write(Layer layer, List<Vendor> vendors) {
        Objects.requireNonNull(layer, "layer");
        List<SegmentRecord> segments = layer.getSegments().stream()
                .filter(segment -> vendors.stream().anyMatch(vendor -> segment.getId().equals(vendor.getSegment())))
                .map(StackMapper::toRecord).toList();
        LayerRecord holder = new LayerRecord(layer.getId(), layer.getName(), null, segments,
                vendors.stream().map(StackMapper::toRecord).toList(), Map.of());
        StackRecord stack = new StackRecord("Copied vendors", null, null, List.of(holder), List.of(), List.of(),
                Map.of());
        return new String(StackCodec.write(stack), StandardCharsets.UTF_8);
    }

    /**
     * The vendors of pasted text: of every layer, in order, each with the id and segment it has
     * there (not yet in any stack of the user's).
     *
     * @throws StackFileException when the text is not a stack file, or one without vendors
     */
    public static List<Vendor> read(String text) throws StackFileException {
        Stack pasted = StackMapper.toModel(StackCodec.read(text.getBytes(StandardCharsets.UTF_8), SOURCE));
        List<Vendor> vendors = pasted.vendors().toList();
        if (vendors.isEmpty()) {
            throw new StackFileException(SOURCE, new Problem("", 1, 1, "The copied stack holds no vendors."));
        }
        return vendors;
    }
}
