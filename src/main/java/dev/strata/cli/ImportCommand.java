package dev.strata.cli;

import dev.strata.file.LandscapeImport;
import dev.strata.file.LandscapeMapping;
import dev.strata.file.Problem;
import dev.strata.file.SafeSave;
import dev.strata.file.StackCodec;
import dev.strata.file.StackFileException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code strata import landscape.yml -o out.stack.json [--map mapping.json]}: turns a landscape
 * (CNCF landscape format) into a stack file.
 */
final class ImportCommand implements Cli.Command {

    private static final String USAGE = "usage: strata import LANDSCAPE.yml -o OUT.stack.json [--map MAPPING.json]";

    private final PrintStream out;
    private final PrintStream err;

    ImportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public int run(List<String> arguments) {
        String input = null;
        String output = null;
        String map = null;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if ((argument.equals("-o") || argument.equals("--map")) && i + 1 >= arguments.size()) {
                return usage(argument + " needs a file");
            } else if (argument.equals("-o")) {
                output = arguments.get(++i);
            } else if (argument.equals("--map")) {
                map = arguments.get(++i);
            } else if (argument.startsWith("-")) {
                return usage("unknown option " + argument);
            } else if (input == null) {
                input = argument;
            } else {
                return usage("import takes one landscape file");
            }
        }
        if (input == null || output == null) {
            return usage("name the landscape file and the stack file to write (-o)");
        }
        try {
            LandscapeMapping mapping = map == null ? null : LandscapeMapping.read(bytes(map), map);
            LandscapeImport.Result result = LandscapeImport.read(bytes(input), input, mapping);
            byte[] stack = StackCodec.write(result.stack());
            StackCodec.read(stack, output);
            Path target = Path.of(output);
            SafeSave.write(target, stream -> stream.write(stack));
            String source = input;
            result.notes().forEach(note -> err.println(source + ": note: " + note));
            out.println(output + ": " + result.items() + " items in " + result.stack().layers().size() + " layers");
            return Cli.OK;
        } catch (StackFileException e) {
            return Cli.failed(err, e);
        } catch (InvalidPathException e) {
            return Cli.failed(err, e);
        } catch (IOException e) {
            err.println(output + ":1:1: cannot write: " + e.getMessage());
            return Cli.FAILED;
        }
    }

    private static byte[] bytes(String file) throws StackFileException {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new StackFileException(file, new Problem("", 1, 1, "no such file"));
        } catch (IOException e) {
            throw new StackFileException(file, new Problem("", 1, 1, "cannot read: " + e.getMessage()));
        }
    }

    private int usage(String problem) {
        err.println("strata import: " + problem);
        err.println(USAGE);
        return Cli.USAGE;
    }
}
