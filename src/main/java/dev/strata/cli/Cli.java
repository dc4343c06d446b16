package dev.strata.cli;

import dev.strata.file.StackFileException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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

    /** One headless command, given the arguments after its name. */
    interface Command {
        int run(List<String> arguments);
    }

    /** Makes a command that prints to the given streams. */
    private interface CommandMaker {
        Command make(PrintStream out, PrintStream err);
    }

    private static final Map<String, CommandMaker> COMMANDS = Map.of(
            "validate", ValidateCommand::new,
            "format", FormatCommand::new,
            "export", ExportCommand::new,
            "import", ImportCommand::new,
            "bench", BenchCommand::new);

    private static final String USAGE_TEXT = """
            usage: strata [FILE]                    open the desktop app (on FILE)
                   strata validate FILE...          check stack files
                   strata format FILE [-o OUT]      rewrite a stack file in canonical form
                   strata export FILE (--png OUT.png | --svg OUT.svg) [--scale 2] [--theme dark]
                   strata import LANDSCAPE.yml -o OUT.stack.json [--map MAPPING.json]
                   strata bench [--vendors N] [--landscape FILE]
                   strata --help | --version""";

    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** True when {@code args} ask for a headless command (or an option) rather than the desktop app. */
    public static boolean isCommandLine(String[] args) {
        return args.length > 0 && (args[0].startsWith("-") || COMMANDS.containsKey(args[0]));
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
                CommandMaker command = COMMANDS.get(name);
                if (command == null) {
                    err.println("strata: unknown option " + name);
                    err.println(USAGE_TEXT);
                    return USAGE;
                }
                return command.make(out, err).run(rest);
            }
        }
    }

    /** Prints what is wrong with a command's line and how it is used, and returns {@link #USAGE}. */
    static int usage(PrintStream err, String command, String problem, String usage) {
        err.println("strata " + command + ": " + problem);
        err.println(usage);
        return USAGE;
    }

    /** Prints a file's problems, one line each, and returns {@link #FAILED}. */
    static int failed(PrintStream err, StackFileException e) {
        e.lines().forEach(err::println);
        return FAILED;
    }

    /** Prints that a command-line argument is no file name, and returns {@link #FAILED}. */
    static int failed(PrintStream err, InvalidPathException e) {
        err.println(e.getInput() + ":1:1: not a valid file name");
        return FAILED;
    }

    private static String version() {
        String version = Cli.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}
