package dev.strata.cli;

import dev.strata.file.LandscapeImport;
import dev.strata.file.LandscapeMapping;
import dev.strata.file.SafeSave;
import dev.strata.file.StackCodec;
import dev.strata.file.StackFileException;
import dev.strata.file.StackFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code strata import landscape.yml -o out.stack.json [--map mapping.json]}: turns a landscape
 * (CNCF landscape format) into a stack file.
 */
final class ImportCommand implements Cli.Command {

    private static final String USAGE = "usage: strata import LANDSCAPE.yml -o OUT.stack.json [--map MAPPING.json]";
    private static final Map<String, String> OPTIONS = Map.of("-o", "a file", "--map", "a file");

    private final PrintStream out;
    private final PrintStream err;

    ImportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public int run(List<String> arguments) {
        String input;
        String output;
        String map;
        try {
            Arguments parsed = Arguments.of(arguments, OPTIONS);
            String missing = "name the landscape file and the stack file to write (-o)";
            input = parsed.operand(missing, "import takes one landscape file");
            output = parsed.required("-o", missing);
            map = parsed.value("--map");
        } catch (Arguments.Wrong e) {
            return Cli.usage(err, "import", e.getMessage(), USAGE);
        }
        try {
            LandscapeMapping mapping = map == null ? null : LandscapeMapping.read(StackFiles.readInput(Path.of(map)), map);
            LandscapeImport.Result result = LandscapeImport.read(StackFiles.readInput(Path.of(input)), input, mapping);
            byte[] stack = StackCodec.write(result.stack());
            StackCodec.read(stack, output);
            Path target = Path.of(output);
            SafeSave.write(target, stream -> stream.write(stack));
            String source = input;
            result.notes().forEach(note -> err.println(source + ": note: " + note));
            int vendors = result.stack().layers().stream().mapToInt(layer -> layer.vendors().size()).sum();
            out.println(output + ": " + counted(vendors, "vendor") + " in " + counted(result.stack().layers().size(), "layer"));
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

    private static String counted(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
