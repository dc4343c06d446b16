package dev.strata.edit;

import dev.strata.model.Vendor;
import java.util.List;

/** What the vendor editor holds: every field a person can change, as typed. */
public record VendorValues(
        String id,
        String name,
        String segment,
        String role,
        String description,
        List<String> tags,
        String website,
        String logo) {

    public VendorValues {
        tags = List.copyOf(tags);
    }

    public static VendorValues of(Vendor vendor) {
        return new VendorValues(vendor.getId(), vendor.getName(), vendor.getSegment(), vendor.getRole(),
                vendor.getDescription(), vendor.getTags(), vendor.getWebsite(), vendor.getLogo());
    }
}
