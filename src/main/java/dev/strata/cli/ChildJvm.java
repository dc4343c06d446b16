package dev.strata.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Another JVM running one of this application's classes: the same Java runtime, the same class
 * path. The runtime's own {@code java} is used, not the command that started this process,
 * which in the packaged app is the {@code strata} launcher.
 */
final class ChildJvm {

    private ChildJvm() {
    }

    static ProcessBuilder of(List<String> options, Class<?> main, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(java().toString());
        command.addAll(options);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(arguments);
        return new ProcessBuilder(command);
    }

    static Path java() {
        Path home = Path.of(System.getProperty("java.home"), "bin");
        Path java = home.resolve(System.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java");
        return Files.isExecutable(java) ? java : Path.of("java");
    }

    /** Runs {@code child} to its end, passing on its output lines as they come; its exit code. */
    static int run(ProcessBuilder child, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        Process process = child.start();
        Thread errors = new Thread(() -> copy(process.getErrorStream(), err), "child-jvm-errors");
        errors.setDaemon(true);
        errors.start();
        copy(process.getInputStream(), out);
        int exit = process.waitFor();
        errors.join();
        return exit;
    }

    private static void copy(InputStream from, PrintStream to) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(from, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                to.println(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
