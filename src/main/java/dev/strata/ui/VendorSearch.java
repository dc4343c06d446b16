package dev.strata.ui;

import dev.strata.model.Vendor;
import java.text.Normalizer;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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

    /**
     * Folds the text of every vendor not folded yet, so that the first keystroke of a search
     * does not pay for it: called when the search field gets the focus.
     */
    static void prepare(Stream<Vendor> vendors) {
        vendors.forEach(VendorSearch::folded);
    }

    /** Folding is the costly part of a search; each vendor's folded text is kept until it changes. */
    private static final Map<Vendor, Folded> FOLDED = new WeakHashMap<>();

    /** A vendor's searchable text as it was folded, and the values it was folded from. */
    private record Folded(String name, String role, String description, List<String> tags, String text) {

        /** Same values: the same strings (a changed property holds a new one), the same tags. */
        boolean isOf(Vendor vendor) {
            return name == vendor.getName() && role == vendor.getRole() && description == vendor.getDescription()
                    && tags.equals(vendor.getTags());
        }
    }

    private static String folded(Vendor vendor) {
        Folded cached = FOLDED.get(vendor);
        if (cached == null || !cached.isOf(vendor)) {
            String text = fold(String.join("\n", vendor.getName(), vendor.getRole(), vendor.getDescription(),
                    String.join(" ", vendor.getTags())));
            cached = new Folded(vendor.getName(), vendor.getRole(), vendor.getDescription(),
                    List.copyOf(vendor.getTags()), text);
            FOLDED.put(vendor, cached);
        }
        return cached.text();
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        if (isAscii(text)) {
            return text.toLowerCase(Locale.ROOT).strip(); // nothing to decompose: the common case, and far quicker
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).strip();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
