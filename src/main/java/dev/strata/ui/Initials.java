package dev.strata.ui;

import java.util.Locale;

/** The one or two letters a vendor's badge shows: "Scale AI" → SA, "OpenAI" → OA, "Azure" → AZ. */
final class Initials {

    private Initials() {
    }

    static String of(String name) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        String[] words = name.strip().split("[\\s\\-_./]+");
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

    private static String firstLetters(String word) {
        return word.codePoints()
                .filter(Character::isLetterOrDigit)
                .limit(2)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}
