package dev.strata.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

/** The command line as a test runs it: exit codes, and what went to standard output and error, collected. */
final class CliRun {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return new Cli(new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8)).run(args);
    }

    /** Everything written to standard output so far. */
    String out() {
        return out.toString(UTF_8);
    }

    /** Everything written to standard error so far. */
    String err() {
        return err.toString(UTF_8);
    }
}
