package dev.strata.ui;

import dev.strata.model.Vendor;
import java.text.Normalizer;
import java.util.Arrays;
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
        return forQuery(query, null);
    }

    /**
     * The filter for {@code query} typed on from the filter {@code before} of the same, unchanged
     * stack: when every word of the earlier query lies inside a word of this one, a vendor the
     * earlier one left out is left out again without a look at its text. (Typing a query narrows
     * it key by key; the last keys then test only the few vendors still in.)
     */
    static Predicate<Vendor> forQuery(String query, Predicate<Vendor> before) {
        if (query == null || query.isBlank()) {
            return null;
        }
        String[] words = Arrays.stream(fold(query).split("\\s+")).filter(word -> !word.isEmpty()).toArray(String[]::new);
        Map<Vendor, Boolean> earlier = before instanceof Query wider && wider.isNarrowedBy(words) ? wider.answers : null;
        return new Query(words, earlier);
    }

    /**
     * A query's filter. It is asked about the same vendor several times (the count, each band,
     * each lane), so its answers are kept. The search makes a new filter after every change of
     * the stack, so no answer outlives the vendor it was given for.
     */
    private static final class Query implements Predicate<Vendor> {
        private final String[] words;
        /** What a wider query answered, or null. */
        private final Map<Vendor, Boolean> earlier;
        private final Map<Vendor, Boolean> answers;

        Query(String[] words, Map<Vendor, Boolean> earlier) {
            this.words = words;
            this.earlier = earlier;
            // a query typed on is asked about as many vendors as the one before: no regrowing
            this.answers = new IdentityHashMap<>(earlier == null ? 32 : earlier.size());
        }

        @Override
        public boolean test(Vendor vendor) {
            Boolean known = answers.get(vendor);
            if (known == null) {
                known = (earlier == null || earlier.get(vendor) != Boolean.FALSE) && containsEveryWord(folded(vendor));
                answers.put(vendor, known);
            }
            return known;
        }

        private boolean containsEveryWord(String text) {
            for (String word : words) {
                if (!text.contains(word)) {
                    return false;
                }
            }
            return true;
        }

        /** True when every vendor that has all the words of {@code narrower} also has all of this query's. */
        boolean isNarrowedBy(String[] narrower) {
            for (String word : words) {
                if (Arrays.stream(narrower).noneMatch(longer -> longer.contains(word))) {
                    return false;
                }
            }
            return true;
        }
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
