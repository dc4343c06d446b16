package dev.strata.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.file.StackRecord.DriverRecord;
import dev.strata.file.StackRecord.LayerRecord;
import dev.strata.file.StackRecord.LinkRecord;
import dev.strata.file.StackRecord.SegmentRecord;
import dev.strata.file.StackRecord.SourceRecord;
import dev.strata.file.StackRecord.VendorRecord;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random valid stacks, with unknown fields at every level, survive writing and reading. */
class StackRoundTripPropertiesTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    @Property(tries = 200)
    void writeThenReadGivesTheSameStack(@ForAll("stacks") StackRecord stack) throws StackFileException {
        assertThat(StackCodec.read(StackCodec.write(stack), "property")).isEqualTo(stack);
    }

    @Property(tries = 200)
    void writingIsByteStable(@ForAll("stacks") StackRecord stack) throws StackFileException {
        byte[] once = StackCodec.write(stack);
        assertThat(StackCodec.write(StackCodec.read(once, "property"))).isEqualTo(once);
        assertThat(StackCodec.write(stack)).isEqualTo(once);
    }

    @Property(tries = 100)
    void theLiveModelLosesNothing(@ForAll("stacks") StackRecord stack) throws StackFileException {
        StackRecord read = StackCodec.read(StackCodec.write(stack), "property");
        assertThat(StackMapper.toRecord(StackMapper.toModel(read))).isEqualTo(normalizeDriverKinds(read));
    }

    /** The model has no "explicit default": a driver of kind "driver" is written without a kind. */
    private static StackRecord normalizeDriverKinds(StackRecord stack) {
        List<DriverRecord> drivers = stack.drivers().stream().map(driver -> "driver".equals(driver.kind())
                ? new DriverRecord(driver.id(), driver.layer(), driver.name(), driver.text(), null, driver.extras())
                : driver).toList();
        return new StackRecord(stack.title(), stack.description(), stack.source(), stack.layers(), stack.links(),
                drivers, stack.extras());
    }

    @Provide
    Arbitrary<StackRecord> stacks() {
        return Combinators.combine(
                optionalText(), optionalText(), sources(),
                layers().list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 4),
                extras())
                .as((title, description, source, layerShapes, linkCount, driverCount, extras) ->
                        assemble(title, description, source, layerShapes, linkCount, driverCount, extras));
    }

    /** Gives every element an id unique for its kind and makes references point at real ids. */
    private static StackRecord assemble(String title, String description, SourceRecord source,
            List<LayerRecord> shapes, int linkCount, int driverCount, Map<String, JsonNode> extras) {
        List<LayerRecord> layers = new ArrayList<>();
        List<String> vendorIds = new ArrayList<>();
        for (int l = 0; l < shapes.size(); l++) {
            LayerRecord shape = shapes.get(l);
            List<SegmentRecord> segments = new ArrayList<>();
            for (int s = 0; s < shape.segments().size(); s++) {
                SegmentRecord segment = shape.segments().get(s);
                segments.add(new SegmentRecord("s" + l + "-" + s, segment.name(), segment.extras()));
            }
            List<VendorRecord> vendors = new ArrayList<>();
            for (int v = 0; v < shape.vendors().size(); v++) {
                VendorRecord vendor = shape.vendors().get(v);
                String id = "v" + l + "-" + v;
                vendorIds.add(id);
                String segment = segments.isEmpty() || v % 2 == 0 ? null : segments.get(v % segments.size()).id();
                vendors.add(new VendorRecord(id, vendor.name(), segment, vendor.role(), vendor.description(),
                        vendor.tags(), vendor.website(), vendor.logo(), vendor.extras()));
            }
            layers.add(new LayerRecord("layer-" + l, shape.name(), shape.summary(), segments, vendors, shape.extras()));
        }
        List<LinkRecord> links = new ArrayList<>();
        for (int i = 0; i < linkCount && !vendorIds.isEmpty(); i++) {
            links.add(new LinkRecord(vendorIds.get(i % vendorIds.size()), vendorIds.get((i * 7 + 1) % vendorIds.size()),
                    i % 2 == 0 ? "runs-on" : null, i == 0 ? extraSample() : Map.of()));
        }
        List<DriverRecord> drivers = new ArrayList<>();
        for (int i = 0; i < driverCount; i++) {
            drivers.add(new DriverRecord("d" + i, i % 3 == 0 ? null : "layer-" + (i % layers.size()), "Driver " + i,
                    i % 2 == 0 ? "why it matters" : null, Arrays.asList(null, "driver", "adoption").get(i % 3),
                    i == 1 ? extraSample() : Map.of()));
        }
        return new StackRecord(title, description, source, layers, links, drivers, extras);
    }

    private static Arbitrary<LayerRecord> layers() {
        Arbitrary<SegmentRecord> segments = Combinators.combine(names(), extras())
                .as((name, extras) -> new SegmentRecord("placeholder", name, extras));
        return Combinators.combine(names(), optionalText(), segments.list().ofMaxSize(3),
                        vendors().list().ofMaxSize(5), extras())
                .as((name, summary, segmentList, vendorList, extras) ->
                        new LayerRecord("placeholder", name, summary, segmentList, vendorList, extras));
    }

    private static Arbitrary<VendorRecord> vendors() {
        Arbitrary<String> websites = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12)
                .map(path -> "https://example.com/" + path).injectNull(0.4);
        Arbitrary<String> logos = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8)
                .map(name -> "logos/" + name + ".png").injectNull(0.5);
        return Combinators.combine(names(), optionalText(), optionalText(),
                        texts().list().ofMaxSize(4), websites, logos, extras())
                .as((name, role, description, tags, website, logo, extras) ->
                        new VendorRecord("placeholder", name, null, role, description, tags, website, logo, extras));
    }

    private static Arbitrary<SourceRecord> sources() {
        return Combinators.combine(optionalText(), optionalText(), extras())
                .as((title, author, extras) -> new SourceRecord(title, author, null, extras))
                .injectNull(0.3);
    }

    /** Any text without lone surrogates, which the format refuses. */
    private static Arbitrary<String> texts() {
        Arbitrary<String> plain = Arbitraries.strings().withCharRange('\u0000', '\ud7ff')
                .withChars("€\u2028\"\\/").ofMaxLength(24);
        return Arbitraries.oneOf(plain, plain.map(text -> text + "😀"));
    }

    private static Arbitrary<String> names() {
        return texts().filter(text -> !text.isBlank());
    }

    private static Arbitrary<String> optionalText() {
        return texts().filter(text -> !text.isEmpty()).injectNull(0.3);
    }

    private static Arbitrary<Map<String, JsonNode>> extras() {
        Arbitrary<String> keys = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).map(key -> "x-" + key);
        return Arbitraries.maps(keys, jsonValues()).ofMaxSize(3).map(LinkedHashMap::new);
    }

    private static Arbitrary<JsonNode> jsonValues() {
        return Arbitraries.oneOf(
                texts().map(NODES::textNode),
                Arbitraries.bigIntegers().between(BigInteger.valueOf(-1_000_000_000_000L), BigInteger.TEN.pow(30))
                        .map(NODES::numberNode),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e6"), new BigDecimal("1e6")).ofScale(3)
                        .map(NODES::numberNode),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.just(NODES.nullNode()),
                Arbitraries.just(extraObject()));
    }

    private static JsonNode extraObject() {
        ObjectNode object = NODES.objectNode();
        ArrayNode list = object.putArray("list");
        list.add(NODES.numberNode(BigInteger.ONE)).add(NODES.textNode("two")).add(NODES.objectNode());
        object.set("nested", NODES.objectNode().set("empty", NODES.arrayNode()));
        return object;
    }

    private static Map<String, JsonNode> extraSample() {
        return Map.of("x-weight", NODES.numberNode(new BigDecimal("0.750")));
    }
}
