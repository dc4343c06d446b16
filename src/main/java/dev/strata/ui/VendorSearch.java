package dev.strata.ui;

import dev.strata.model.Vendor;
import java.text.Normalizer;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What the search field finds: vendors whose name, role, tags or description contain every
 * word typed, ignoring case and accents ("nvidia", "Nvídia" and "NVIDIA" are the same).
 */
final class VendorSearch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private VendorSearch() {
    }

    /** The filter for {@code query}; null (show everything) for a blank query. */
    static Predicate<Vendor> forQuery(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        String[] words = fold(query).split("\\s+");
        Predicate<Vendor> matches = vendor -> {
            String text = folded(vendor);
            for (String word : words) {
                if (!word.isEmpty() && !text.contains(word)) {
                    return false;
                }
            }
            return true;
        };
        return remembering(matches);
    }

    /**
     * One query is asked about the same vendor several times (the count, each band, each lane),
     * so its answers are kept. The search makes a new filter after every change of the stack, so
     * no answer outlives the vendor it was given for.
     */
    private static Predicate<Vendor> remembering(Predicate<Vendor> matches) {
        Map<Vendor, Boolean> answers = new IdentityHashMap<>();
        return vendor -> answers.computeIfAbsent(vendor, matches::test);
    }

    /** Folding is the costly part of a search; each vendor's folded text is kept until it changes. */
    private static final Map<Vendor, String[]> FOLDED = new WeakHashMap<>();

    private static String folded(Vendor vendor) {
        String raw = String.join("\n", vendor.getName(), vendor.getRole(), vendor.getDescription(),
                String.join(" ", vendor.getTags()));
        String[] cached = FOLDED.get(vendor);
        if (cached == null || !cached[0].equals(raw)) {
            cached = new String[] {raw, fold(raw)};
            FOLDED.put(vendor, cached);
        }
        return cached[1];
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).strip();
    }
}
