package dev.strata.cli;

import dev.strata.file.StackFileException;
import dev.strata.file.StackFiles;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code strata format FILE [-o OUT]}: rewrites a stack file in canonical form with a safe save,
 * in place (keeping {@code FILE.bak}) or into OUT. Unknown fields are kept.
 */
final class FormatCommand implements Cli.Command {

    private static final String USAGE = "usage: strata format FILE [-o OUT]";
    private static final Map<String, String> OPTIONS = Map.of("-o", "an output file", "--output", "an output file");

    private final PrintStream out;
    private final PrintStream err;

    FormatCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public int run(List<String> arguments) {
        String input;
        String output;
        try {
            Arguments parsed = Arguments.of(arguments, OPTIONS);
            input = parsed.operand("name the stack file to format", "format takes one file");
            output = parsed.value("-o");
            if (parsed.value("--output") != null) {
                if (output != null) {
                    throw new Arguments.Wrong("give the output file once");
                }
                output = parsed.value("--output");
            }
        } catch (Arguments.Wrong e) {
            return Cli.usage(err, "format", e.getMessage(), USAGE);
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
}
