package dev.strata.file;

/**
 * One thing wrong with a stack file: where (JSON path, 1-based line and column) and what.
 *
 * @param path JSON path such as {@code layers[1].vendors[0].segment}; empty for the whole file
 */
public record Problem(String path, int line, int column, String message) {

    /** {@code FILE:LINE:COL: path: message}, the form the command line prints. */
    public String format(String file) {
        return file + ":" + line + ":" + column + ": " + describe();
    }

    /** {@code path: message}, or just the message for the whole file. */
    public String describe() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
