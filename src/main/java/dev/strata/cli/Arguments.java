package dev.strata.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A command's arguments split into operands (the files it works on) and options, each option
 * given at most once. Anything else is a {@link Wrong} command line, said in one sentence.
 */
final class Arguments {

    /** A wrong command line; the message says what is wrong, for people. */
    static final class Wrong extends Exception {
        private static final long serialVersionUID = 1L;

        Wrong(String message) {
            super(message);
        }
    }

    private final List<String> operands = new ArrayList<>();
    private final Map<String, String> values = new HashMap<>();

    private Arguments() {
    }

    /**
     * @param options every option the command knows, each with what its value is ("a file")
     */
    static Arguments of(List<String> arguments, Map<String, String> options) throws Wrong {
        Arguments parsed = new Arguments();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (options.containsKey(argument)) {
                if (i + 1 >= arguments.size()) {
                    throw new Wrong(argument + " needs " + options.get(argument));
                }
                if (parsed.values.put(argument, arguments.get(++i)) != null) {
                    throw new Wrong(argument + " is given twice");
                }
            } else if (argument.startsWith("-")) {
                throw new Wrong("unknown option " + argument);
            } else {
                parsed.operands.add(argument);
            }
        }
        return parsed;
    }

    List<String> operands() {
        return operands;
    }

    /** The one operand, which {@code missing} asks for when there is none. */
    String operand(String missing, String tooMany) throws Wrong {
        if (operands.isEmpty()) {
            throw new Wrong(missing);
        }
        if (operands.size() > 1) {
            throw new Wrong(tooMany);
        }
        return operands.get(0);
    }

    /** The value of {@code option}; null when it is not given. */
    String value(String option) {
        return values.get(option);
    }

    /** The value of {@code option}, which {@code missing} asks for when it is not given. */
    String required(String option, String missing) throws Wrong {
        String value = values.get(option);
        if (value == null) {
            throw new Wrong(missing);
        }
        return value;
    }
}
