package dev.strata.ui;

import dev.strata.model.Layer;
import dev.strata.model.Segment;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What the search field finds: vendors whose name, role, tags, description or segment (the lane
 * they sit in, "Observability") contain every word typed, ignoring case and accents ("nvidia",
 * "Nvídia" and "NVIDIA" are the same).
 */
final class VendorSearch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private VendorSearch() {
    }

    /** The vendors of {@code stack} that {@code query} finds; null (show everything) for a blank query. */
    static Matches find(String query, Stack stack) {
        return find(query, stack, null);
    }

    /**
     * The vendors that {@code query} finds, typed on from the matches {@code before} of the same,
     * unchanged stack: when every word of the earlier query lies inside a word of this one, only
     * the vendors it found are looked at, in the folded text it kept (typing a query narrows it
     * key by key; the last keys then test the few vendors still in, not every vendor of the
     * stack), and if none of them is left out the earlier matches are the answer, so nothing
     * shown has to change; otherwise every vendor of {@code stack} is looked at.
     */
    static Matches find(String query, Stack stack, Predicate<Vendor> before) {
        if (query == null || query.isBlank()) {
            return null;
        }
        String[] words = Arrays.stream(fold(query).split("\\s+")).filter(word -> !word.isEmpty()).toArray(String[]::new);
        if (before instanceof Matches wider && wider.isNarrowedBy(words)) {
            Map<Vendor, String> found = new IdentityHashMap<>(wider.count());
            wider.found.forEach((vendor, text) -> {
                if (containsEveryWord(text, words)) {
                    found.put(vendor, text);
                }
            });
            return found.size() == wider.count() ? wider : new Matches(words, found);
        }
        Map<Vendor, String> found = new IdentityHashMap<>();
        forEachVendor(stack, (vendor, segment) -> {
            String text = folded(vendor, segment);
            if (containsEveryWord(text, words)) {
                found.put(vendor, text);
            }
        });
        return new Matches(words, found);
    }

    /**
     * What a query found: the vendors a band shows while it is typed, each with its folded text
     * (for the next keystroke). The search finds them again after every change of the stack, so a
     * vendor added or edited since is never judged by an old answer.
     */
    static final class Matches implements Predicate<Vendor> {
        private final String[] words;
        private final Map<Vendor, String> found;

        private Matches(String[] words, Map<Vendor, String> found) {
            this.words = words;
            this.found = found;
        }

        @Override
        public boolean test(Vendor vendor) {
            return found.containsKey(vendor);
        }

        /** How many vendors were found. */
        int count() {
            return found.size();
        }

        /** Whether {@code vendor}'s name holds every word of the query (not only its role or description). */
        boolean byName(Vendor vendor) {
            return containsEveryWord(fold(vendor.getName()), words);
        }

        /** True when every vendor that has all the words of {@code narrower} also has all of this query's. */
        private boolean isNarrowedBy(String[] narrower) {
            for (String word : words) {
                if (Arrays.stream(narrower).noneMatch(longer -> longer.contains(word))) {
                    return false;
                }
            }
            return true;
        }
    }

    private static boolean containsEveryWord(String text, String[] words) {
        for (String word : words) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Folds the text of every vendor not folded yet, so that the first keystroke of a search
     * does not pay for it: called when the search field gets the focus.
     */
    static void prepare(Stack stack) {
        forEachVendor(stack, VendorSearch::folded);
    }

    /** Hands each vendor of the stack over with the name of its segment (null when it has none). */
    private static void forEachVendor(Stack stack, BiConsumer<Vendor, String> action) {
        for (Layer layer : stack.getLayers()) {
            Map<String, String> segmentNames = new HashMap<>();
            for (Segment segment : layer.getSegments()) {
                segmentNames.put(segment.getId(), segment.getName());
            }
            for (Vendor vendor : layer.getVendors()) {
                action.accept(vendor, vendor.getSegment() == null ? null : segmentNames.get(vendor.getSegment()));
            }
        }
    }

    /** Folding is the costly part of a search; each vendor's folded text is kept until it changes. */
    private static final Map<Vendor, Folded> FOLDED = new WeakHashMap<>();

    /** A vendor's searchable text as it was folded, and the values it was folded from. */
    private record Folded(String name, String role, String description, List<String> tags, String segment,
            String text) {

        /**
         * Same values: the same strings (a changed property holds a new one, and so does a renamed
         * segment), the same tags.
         */
        boolean isOf(Vendor vendor, String segmentName) {
            return name == vendor.getName() && role == vendor.getRole() && description == vendor.getDescription()
                    && segment == segmentName && tags.equals(vendor.getTags());
        }
    }

    private static String folded(Vendor vendor, String segment) {
        Folded cached = FOLDED.get(vendor);
        if (cached == null || !cached.isOf(vendor, segment)) {
            String text = fold(String.join("\n", vendor.getName(), vendor.getRole(), vendor.getDescription(),
                    String.join(" ", vendor.getTags()), segment == null ? "" : segment));
            cached = new Folded(vendor.getName(), vendor.getRole(), vendor.getDescription(),
                    List.copyOf(vendor.getTags()), segment, text);
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
