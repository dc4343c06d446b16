package dev.strata.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A stack file as written on disk (format v1), field for field. Optional text is null when
 * absent, never empty; lists are never null; {@code extras} holds unknown fields in file order.
 */
public record StackRecord(
        String title,
        String description,
        SourceRecord source,
        List<LayerRecord> layers,
        List<LinkRecord> links,
        List<DriverRecord> drivers,
        Map<String, JsonNode> extras) {

    public StackRecord {
        layers = List.copyOf(layers);
        links = List.copyOf(links);
        drivers = List.copyOf(drivers);
        extras = Extras.copy(extras);
    }

    /** The {@code source} object of a stack file. */
    public record SourceRecord(String title, String author, String url, Map<String, JsonNode> extras) {
        public SourceRecord {
            extras = Extras.copy(extras);
        }
    }

    /** One entry of {@code layers}. */
    public record LayerRecord(
            String id,
            String name,
            String summary,
            List<SegmentRecord> segments,
            List<VendorRecord> vendors,
            Map<String, JsonNode> extras) {
        public LayerRecord {
            segments = List.copyOf(segments);
            vendors = List.copyOf(vendors);
            extras = Extras.copy(extras);
        }
    }

    /** One entry of a layer's {@code segments}. */
    public record SegmentRecord(String id, String name, Map<String, JsonNode> extras) {
        public SegmentRecord {
            extras = Extras.copy(extras);
        }
    }

    /** One entry of a layer's {@code vendors}. */
    public record VendorRecord(
            String id,
            String name,
            String segment,
            String role,
            String description,
            List<String> tags,
            String website,
            String logo,
            Map<String, JsonNode> extras) {
        public VendorRecord {
            tags = List.copyOf(tags);
            extras = Extras.copy(extras);
        }
    }

    /** One entry of {@code links}. */
    public record LinkRecord(String from, String to, String kind, Map<String, JsonNode> extras) {
        public LinkRecord {
            extras = Extras.copy(extras);
        }
    }

    /** One entry of {@code drivers}; {@code kind} is null for a plain driver. */
    public record DriverRecord(
            String id,
            String layer,
            String name,
            String text,
            String kind,
            Map<String, JsonNode> extras) {
        public DriverRecord {
            extras = Extras.copy(extras);
        }
    }
}
