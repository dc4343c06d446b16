package dev.strata.cli;

import dev.strata.file.StackFileException;
import dev.strata.file.StackFiles;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code strata format FILE [-o OUT]}: rewrites a stack file in canonical form with a safe save,
 * in place (keeping {@code FILE.bak}) or into OUT. Unknown fields are kept.
 */
final class FormatCommand implements Cli.Command {

    private final PrintStream out;
    private final PrintStream err;

    FormatCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public int run(List<String> arguments) {
        String input = null;
        String output = null;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("-o") || argument.equals("--output")) {
                if (i + 1 >= arguments.size() || output != null) {
                    return usage("-o takes one output file");
                }
                output = arguments.get(++i);
            } else if (argument.startsWith("-")) {
                return usage("unknown option " + argument);
            } else if (input == null) {
                input = argument;
            } else {
                return usage("format takes one file");
            }
        }
        if (input == null) {
            return usage("name the stack file to format");
        }
        try {
            Path source = Path.of(input);
            Path target = output == null ? source : Path.of(output);
            StackFiles.format(source, target);
            out.println(target + ": formatted");
            return Cli.OK;
        } catch (StackFileException e) {
            return Cli.failed(err, e);
        } catch (InvalidPathException e) {
            return Cli.failed(err, e);
        }
    }

    private int usage(String problem) {
        err.println("strata format: " + problem);
        err.println("usage: strata format FILE [-o OUT]");
        return Cli.USAGE;
    }
}
