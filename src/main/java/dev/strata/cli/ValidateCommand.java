package dev.strata.cli;

import dev.strata.file.StackFileException;
import dev.strata.file.StackFiles;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/** {@code strata validate FILE...}: one line per problem, exit 0 when every file is valid. */
final class ValidateCommand implements Cli.Command {

    private final PrintStream out;
    private final PrintStream err;

    ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public int run(List<String> arguments) {
        if (arguments.isEmpty()) {
            err.println("strata validate: name at least one stack file");
            return Cli.USAGE;
        }
        for (String argument : arguments) {
            if (argument.startsWith("-") && !argument.equals("-")) {
                err.println("strata validate: unknown option " + argument);
                return Cli.USAGE;
            }
        }
        boolean allValid = true;
        for (String argument : arguments) {
            allValid &= validate(argument);
        }
        return allValid ? Cli.OK : Cli.FAILED;
    }

    private boolean validate(String argument) {
        try {
            StackFiles.read(Path.of(argument));
            out.println(argument + ": ok");
            return true;
        } catch (StackFileException e) {
            Cli.failed(err, e);
            return false;
        } catch (InvalidPathException e) {
            Cli.failed(err, e);
            return false;
        }
    }
}
