package dev.strata.ui;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one or two letters a vendor's badge shows: "Scale AI" → SA, "OpenAI" → OA, "Azure" → AZ,
 * "Weights &amp; Biases" → WB (a word without letters or digits does not count).
 */
final class Initials {

    /** Where words part; compiled once, as a card works its initials out whenever it shows another vendor. */
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\\-_./]+");

    private Initials() {
    }

    static String of(String name) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        String[] words = WORD_BREAKS.split(name.strip());
        // the first two words with a letter or digit (no stream: a card asks whenever it shows another vendor)
        String word = null;
        for (String each : words) {
            String letters = firstLetters(each);
            if (letters.isEmpty()) {
                continue;
            }
            if (word != null) {
                return upper(firstLetters(word).substring(0, 1) + letters.charAt(0));
            }
            word = each;
        }
        if (word == null) {
            word = words[0];
        }
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i)) && !Character.isUpperCase(word.charAt(i - 1))) {
                return upper("" + word.charAt(0) + word.charAt(i));
            }
        }
        return upper(word.codePointCount(0, word.length()) >= 2
                ? word.substring(0, word.offsetByCodePoints(0, 2))
                : word);
    }

    /** The first two letters or digits of {@code word}, fewer if it has fewer. */
    private static String firstLetters(String word) {
        StringBuilder letters = new StringBuilder(4);
        int found = 0;
        for (int i = 0; i < word.length() && found < 2; i += Character.charCount(word.codePointAt(i))) {
            int codePoint = word.codePointAt(i);
            if (Character.isLetterOrDigit(codePoint)) {
                letters.appendCodePoint(codePoint);
                found++;
            }
        }
        return letters.toString();
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}
