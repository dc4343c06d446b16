package dev.strata.cli;

import dev.strata.file.SafeSave;
import dev.strata.file.StackFileException;
import dev.strata.file.StackFiles;
import dev.strata.model.Stack;
import dev.strata.ui.Logos;
import dev.strata.ui.StackPicture;
import dev.strata.ui.Theme;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * {@code strata export FILE (--png OUT.png | --svg OUT.svg) [--scale 2] [--theme dark]}: draws
 * the stack as the app shows it, without a display, for documents and CI.
 */
final class ExportCommand implements Cli.Command {

    private static final String USAGE =
            "usage: strata export FILE (--png OUT.png | --svg OUT.svg) [--scale 1|2] [--theme light|dark]";
    private static final Map<String, String> OPTIONS = Map.of("--png", "a file", "--svg", "a file",
            "--scale", "a number", "--theme", "light or dark");

    private final PrintStream out;
    private final PrintStream err;

    ExportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    private record Request(String input, String png, String svg, double scale, Theme theme) {
    }

    @Override
    public int run(List<String> arguments) {
        Request request;
        try {
            request = parse(arguments);
        } catch (Arguments.Wrong e) {
            return Cli.usage(err, "export", e.getMessage(), USAGE);
        }
        try {
            Path input = Path.of(request.input());
            Stack stack = StackFiles.read(input).stack();
            Logos logos = Logos.forPicture(input.toAbsolutePath().getParent());
            boolean svg = request.svg() != null;
            Path target = Path.of(svg ? request.svg() : request.png());
            if (!svg) {
                StackPicture.checkSize(stack, request.scale());
            }
            byte[] picture = HeadlessFx.call(() -> {
                StackPicture drawn = new StackPicture(stack, request.theme(), logos);
                return svg ? drawn.svg().getBytes(StandardCharsets.UTF_8) : drawn.png(request.scale());
            });
            SafeSave.write(target, stream -> stream.write(picture));
            out.println(target + ": exported");
            return Cli.OK;
        } catch (StackFileException e) {
            return Cli.failed(err, e);
        } catch (InvalidPathException e) {
            return Cli.failed(err, e);
        } catch (IOException e) {
            err.println("strata export: cannot write the picture: " + e.getMessage());
            return Cli.FAILED;
        } catch (StackPicture.TooLarge e) {
            err.println("strata export: " + e.getMessage());
            return Cli.FAILED;
        } catch (ExecutionException e) {
            err.println("strata export: " + (e.getCause() instanceof StackPicture.TooLarge tooLarge
                    ? tooLarge.getMessage() : "drawing failed: " + e.getMessage()));
            return Cli.FAILED;
        } catch (TimeoutException e) {
            err.println("strata export: drawing failed: " + e.getMessage());
            return Cli.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Cli.FAILED;
        }
    }

    private static Request parse(List<String> arguments) throws Arguments.Wrong {
        Arguments parsed = Arguments.of(arguments, OPTIONS);
        String input = parsed.operand("name the stack file to export", "export takes one stack file");
        String png = parsed.value("--png");
        String svg = parsed.value("--svg");
        if ((png == null) == (svg == null)) {
            throw new Arguments.Wrong("give one of --png OUT.png or --svg OUT.svg");
        }
        String scale = parsed.value("--scale");
        String key = parsed.value("--theme");
        Theme theme = key == null ? Theme.LIGHT : Theme.fromKey(key)
                .orElseThrow(() -> new Arguments.Wrong("--theme is light or dark, not " + key));
        return new Request(input, png, svg, scale == null ? 1 : scale(scale), theme);
    }

    private static double scale(String text) throws Arguments.Wrong {
        double scale;
        try {
            scale = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new Arguments.Wrong("--scale takes a number, not " + text);
        }
        if (scale < 0.5 || scale > 4 || Double.isNaN(scale)) {
            throw new Arguments.Wrong("--scale is between 0.5 and 4, not " + text);
        }
        return scale;
    }
}
