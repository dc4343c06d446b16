package dev.strata.file;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jackson's parser messages into plain sentences for people: no Java names, no hints
 * about parser features, no character codes.
 */
final class JacksonMessages {

    private record Rewrite(Pattern pattern, String replacement) {
    }

    private static final List<Rewrite> REWRITES = List.of(
            new Rewrite(Pattern.compile("^Duplicate field '(.*)'$"), "the key \"$1\" appears twice in one object"),
            new Rewrite(Pattern.compile("^Non-standard token '(.*?)'.*"), "$1 is not a JSON value"),
            new Rewrite(Pattern.compile("^Document nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*"),
                    "nested too deeply (more than $2 levels)"),
            new Rewrite(Pattern.compile("^Number value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*"),
                    "a number of $1 digits is too long (at most $2)"),
            new Rewrite(Pattern.compile("^String value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*"),
                    "a text of $1 characters is too long (at most $2)"),
            // the UTF-8 parser measures a long key in steps: say only what the limit is
            new Rewrite(Pattern.compile("^Name length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*"),
                    "a key is too long (at most $2 characters)"),
            new Rewrite(Pattern.compile("^Document length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*"),
                    "the document is too long"),
            new Rewrite(Pattern.compile("^Unexpected end-of-input.*"), "the file ends in the middle of the JSON"),
            new Rewrite(Pattern.compile("^Unexpected character \\('([\\]}])'.*(?:expected a (?:valid )?value|"
                    + "to start field name).*"), "unexpected '$1' where a value should be (a trailing comma?)"));

    private static final Pattern CHARACTER_CODE = Pattern.compile(" \\(code \\d+\\)");
    private static final Pattern FEATURE_HINT = Pattern.compile(
            "(?:;|:)? *(?:enable|use|consider) `?[A-Za-z.]+(?:Feature)?[A-Za-z._]*`?.*$");

    private JacksonMessages() {
    }

    static String plain(String message) {
        if (message == null || message.isBlank()) {
            return "malformed JSON";
        }
        int newline = message.indexOf('\n');
        String line = (newline < 0 ? message : message.substring(0, newline)).strip();
        for (Rewrite rewrite : REWRITES) {
            Matcher matcher = rewrite.pattern().matcher(line);
            if (matcher.matches()) {
                return "malformed JSON: " + matcher.replaceFirst(rewrite.replacement());
            }
        }
        line = CHARACTER_CODE.matcher(line).replaceAll("");
        line = FEATURE_HINT.matcher(line).replaceFirst("");
        return "malformed JSON: " + Character.toLowerCase(line.charAt(0)) + line.substring(1);
    }
}
