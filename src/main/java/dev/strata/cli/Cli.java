package dev.strata.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The headless commands: {@code strata COMMAND ARGS…}. Each prints results to standard output,
 * one line per error to standard error (never a stack trace for a user's mistake) and
 * returns the process exit code.
 */
public final class Cli {

    /** Success. */
    public static final int OK = 0;
    /** The input is invalid, or the work failed. */
    public static final int FAILED = 1;
    /** The command line itself is wrong. */
    public static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            usage: strata [FILE]                    open the desktop app (on FILE)
                   strata validate FILE...          check stack files
                   strata --help | --version""";

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, Function<List<String>, Integer>> commands;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        this.commands = Map.of("validate", arguments -> new ValidateCommand(out, err).run(arguments));
    }

    /** True when {@code args} ask for a headless command rather than the desktop app. */
    public static boolean isCommandLine(String[] args) {
        return args.length > 0 && (args[0].startsWith("-") || List.of("validate").contains(args[0]));
    }

    public int run(String[] args) {
        String name = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        switch (name) {
            case "--help", "-h" -> {
                out.println(USAGE_TEXT);
                return OK;
            }
            case "--version" -> {
                out.println("strata " + version());
                return OK;
            }
            default -> {
                Function<List<String>, Integer> command = commands.get(name);
                if (command == null) {
                    return usage("unknown option " + name);
                }
                return command.apply(rest);
            }
        }
    }

    int usage(String problem) {
        err.println("strata: " + problem);
        err.println(USAGE_TEXT);
        return USAGE;
    }

    static String version() {
        String version = Cli.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}
