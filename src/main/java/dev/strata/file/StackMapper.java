package dev.strata.file;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strata.file.StackRecord.DriverRecord;
import dev.strata.file.StackRecord.LayerRecord;
import dev.strata.file.StackRecord.LinkRecord;
import dev.strata.file.StackRecord.SegmentRecord;
import dev.strata.file.StackRecord.SourceRecord;
import dev.strata.file.StackRecord.VendorRecord;
import dev.strata.model.Driver;
import dev.strata.model.DriverKind;
import dev.strata.model.Layer;
import dev.strata.model.Link;
import dev.strata.model.Segment;
import dev.strata.model.Source;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The one place where file records become the live model and back. */
public final class StackMapper {

    private StackMapper() {
    }

    public static Stack toModel(StackRecord record) {
        Stack stack = new Stack();
        stack.setTitle(orEmpty(record.title()));
        stack.setDescription(orEmpty(record.description()));
        if (record.source() != null) {
            SourceRecord source = record.source();
            stack.setSource(new Source(source.title(), source.author(), source.url(), toModel(source.extras())));
        }
        stack.getLayers().setAll(record.layers().stream().map(StackMapper::toModel).toList());
        stack.getLinks().setAll(record.links().stream().map(StackMapper::toModel).toList());
        stack.getDrivers().setAll(record.drivers().stream().map(StackMapper::toModel).toList());
        stack.setExtras(toModel(record.extras()));
        return stack;
    }

    public static StackRecord toRecord(Stack stack) {
        Source source = stack.getSource();
        return new StackRecord(
                orNull(stack.getTitle()),
                orNull(stack.getDescription()),
                source == null ? null : new SourceRecord(orNull(source.title()), orNull(source.author()),
                        orNull(source.url()), toRecord(source.extras())),
                stack.getLayers().stream().map(StackMapper::toRecord).toList(),
                stack.getLinks().stream().map(StackMapper::toRecord).toList(),
                stack.getDrivers().stream().map(StackMapper::toRecord).toList(),
                toRecord(stack.getExtras()));
    }

    private static Layer toModel(LayerRecord record) {
        Layer layer = new Layer(record.id(), record.name());
        layer.setSummary(orEmpty(record.summary()));
        layer.getSegments().setAll(record.segments().stream().map(StackMapper::toModel).toList());
        layer.getVendors().setAll(record.vendors().stream().map(StackMapper::toModel).toList());
        layer.setExtras(toModel(record.extras()));
        return layer;
    }

    private static LayerRecord toRecord(Layer layer) {
        return new LayerRecord(layer.getId(), layer.getName(), orNull(layer.getSummary()),
                layer.getSegments().stream().map(StackMapper::toRecord).toList(),
                layer.getVendors().stream().map(StackMapper::toRecord).toList(),
                toRecord(layer.getExtras()));
    }

    private static Segment toModel(SegmentRecord record) {
        Segment segment = new Segment(record.id(), record.name());
        segment.setExtras(toModel(record.extras()));
        return segment;
    }

    static SegmentRecord toRecord(Segment segment) {
        return new SegmentRecord(segment.getId(), segment.getName(), toRecord(segment.getExtras()));
    }

    private static Vendor toModel(VendorRecord record) {
        Vendor vendor = new Vendor(record.id(), record.name());
        vendor.setSegment(record.segment());
        vendor.setRole(orEmpty(record.role()));
        vendor.setDescription(orEmpty(record.description()));
        if (!record.tags().isEmpty()) {
            vendor.getTags().setAll(record.tags());
        }
        vendor.setWebsite(record.website());
        vendor.setLogo(record.logo());
        vendor.setExtras(toModel(record.extras()));
        return vendor;
    }

    static VendorRecord toRecord(Vendor vendor) {
        return new VendorRecord(vendor.getId(), vendor.getName(), orNull(vendor.getSegment()),
                orNull(vendor.getRole()), orNull(vendor.getDescription()), List.copyOf(vendor.getTags()),
                orNull(vendor.getWebsite()), orNull(vendor.getLogo()), toRecord(vendor.getExtras()));
    }

    private static Link toModel(LinkRecord record) {
        Link link = new Link(record.from(), record.to(), record.kind());
        link.setExtras(toModel(record.extras()));
        return link;
    }

    static LinkRecord toRecord(Link link) {
        return new LinkRecord(link.getFrom(), link.getTo(), orNull(link.getKind()), toRecord(link.getExtras()));
    }

    private static Driver toModel(DriverRecord record) {
        Driver driver = new Driver(record.id(), record.name());
        driver.setLayer(record.layer());
        driver.setText(orEmpty(record.text()));
        driver.setKind(record.kind() == null ? DriverKind.DRIVER : DriverKind.fromKey(record.kind()).orElseThrow());
        driver.setExtras(toModel(record.extras()));
        return driver;
    }

    private static DriverRecord toRecord(Driver driver) {
        String kind = driver.getKind() == DriverKind.DRIVER ? null : driver.getKind().key();
        return new DriverRecord(driver.getId(), orNull(driver.getLayer()), driver.getName(),
                orNull(driver.getText()), kind, toRecord(driver.getExtras()));
    }

    /** A read-only view: the model keeps its own copy. */
    private static Map<String, Object> toModel(Map<String, JsonNode> extras) {
        return Collections.unmodifiableMap(extras);
    }

    private static Map<String, JsonNode> toRecord(Map<String, Object> extras) {
        Map<String, JsonNode> nodes = new LinkedHashMap<>();
        extras.forEach((key, value) -> nodes.put(key, (JsonNode) value));
        return nodes;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String orNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
