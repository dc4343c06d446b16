package dev.strata.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Another JVM running one of this application's classes: the same Java, the same class path. */
final class ChildJvm {

    private ChildJvm() {
    }

    static ProcessBuilder of(List<String> options, Class<?> main, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(options);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(arguments);
        return new ProcessBuilder(command);
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
