package dev.strata.file;

import dev.strata.file.LocatedJson.Position;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Says what SnakeYAML found wrong with a YAML file in a sentence for people, at the place of the
 * problem. SnakeYAML's own first line only names what it was doing ("while parsing a flow
 * sequence"); the problem follows it, in parser words ("but got &lt;stream end&gt;") that are
 * put plainly here.
 */
final class YamlMessages {

    /** A sentence and where it points. */
    record Said(Position position, String message) {
    }

    /** Parser words and plain ones, the longer and quoted forms first. */
    private static final List<String[]> WORDS = List.of(
            new String[] {"found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)",
                "found a tab; indent with spaces, not tabs"},
            new String[] {"'<block mapping start>'", "a new block of keys"},
            new String[] {"'<block sequence start>'", "a new list"},
            new String[] {"'<block end>'", "the end of the indented block"},
            new String[] {"'?'", "a key"},
            new String[] {"<stream end>", "the end of the file"},
            new String[] {"end of stream", "end of the file"},
            new String[] {"<block end>", "the end of the indented block"},
            new String[] {"the node content", "a value"},
            new String[] {"a flow sequence", "a [...] list"},
            new String[] {"a flow mapping", "a {...} map"},
            new String[] {"a block collection", "an indented list"},
            new String[] {"a block mapping", "an indented block of keys"},
            new String[] {"a quoted scalar", "a quoted text"});

    private YamlMessages() {
    }

    /** What {@code failure} says, if a YAML parser raised it. */
    static Optional<Said> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked && marked.getProblem() != null) {
                return Optional.of(said(marked));
            }
        }
        return Optional.empty();
    }

    private static Said said(MarkedYAMLException marked) {
        String message = "malformed YAML: " + plain(marked.getProblem());
        Mark context = marked.getContextMark();
        Mark problem = marked.getProblemMark();
        if (marked.getContext() != null && context != null
                && (problem == null || context.getLine() != problem.getLine())) {
            message += " (" + plain(marked.getContext()) + " from line " + (context.getLine() + 1) + ", column "
                    + (context.getColumn() + 1) + ")";
        }
        Mark at = problem != null ? problem : context;
        Position position = at == null ? Position.START : new Position(at.getLine() + 1, at.getColumn() + 1);
        return new Said(position, message);
    }

    private static String plain(String problem) {
        String plain = problem.strip();
        for (String[] words : WORDS) {
            plain = plain.replace(words[0], words[1]);
        }
        return plain;
    }
}
