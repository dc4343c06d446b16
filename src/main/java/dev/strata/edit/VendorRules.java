package dev.strata.edit;

import dev.strata.model.Ids;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks an edited vendor before it reaches the model: the same rules the file format holds
 * (name not blank, a valid id no other vendor has, a website that is http or https, a logo
 * that is a picture inside the stack's folder).
 */
public final class VendorRules {

    /** The fields {@link #check} may complain about. */
    public enum Field { ID, NAME, WEBSITE, LOGO }

    /** What a web address (a vendor's website, a source's address) must be like. */
    public static final String WEB_ADDRESS_RULE = "Use an address that starts with http:// or https://.";

    /** Where a logo must be: what the file format allows, and what the window reads. */
    public static final String LOGO_RULE =
            "Use a PNG or JPEG file inside the stack's folder, written relative to it (logos/nvidia.png).";

    private VendorRules() {
    }

    /**
     * @param editing the vendor being edited, or null for a new one
     * @return a message per field in error; empty when the values may be applied
     */
    public static Map<Field, String> check(Stack stack, Vendor editing, VendorValues values) {
        Map<Field, String> problems = new LinkedHashMap<>();
        if (values.name() == null || values.name().isBlank()) {
            problems.put(Field.NAME, "A vendor needs a name.");
        }
        if (!Ids.isValid(values.id())) {
            problems.put(Field.ID, "Use lower-case letters, digits and '-', starting with a letter or digit.");
        } else if (stack.vendors().anyMatch(other -> other != editing && other.getId().equals(values.id()))) {
            problems.put(Field.ID, "Another vendor already has the id \"" + values.id() + "\".");
        }
        String website = values.website();
        if (website != null && !website.isBlank() && !Ids.isWebAddress(website)) {
            problems.put(Field.WEBSITE, WEB_ADDRESS_RULE);
        }
        String logo = values.logo();
        if (logo != null && !logo.isBlank() && !Ids.isLogoPath(logo.strip())) {
            problems.put(Field.LOGO, LOGO_RULE);
        }
        return problems;
    }
}
