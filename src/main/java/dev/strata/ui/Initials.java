package dev.strata.ui;

import java.util.Locale;
import java.util.regex.Pattern;

/** The one or two letters a vendor's badge shows: "Scale AI" → SA, "OpenAI" → OA, "Azure" → AZ. */
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
        String first = firstLetters(words[0]);
        if (words.length > 1 && !firstLetters(words[1]).isEmpty()) {
            return upper(first.substring(0, Math.min(1, first.length())) + firstLetters(words[1]).charAt(0));
        }
        String word = words[0];
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
