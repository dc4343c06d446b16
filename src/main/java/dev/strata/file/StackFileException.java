package dev.strata.file;

import java.util.List;

/**
 * A stack file that cannot be read or written, with every problem found. This is the only
 * exception the file package throws for bad input; its message is meant for people.
 */
public final class StackFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final transient List<Problem> problems;

    public StackFileException(String file, List<Problem> problems) {
        super(summary(file, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a file error needs at least one problem");
        }
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public StackFileException(String file, Problem problem) {
        this(file, List.of(problem));
    }

    /** The file name as given to the reader (what messages print). */
    public String file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One line per problem, {@code FILE:LINE:COL: message}. */
    public List<String> lines() {
        return problems.stream().map(problem -> problem.format(file)).toList();
    }

    private static String summary(String file, List<Problem> problems) {
        return problems.isEmpty() ? file : problems.get(0).format(file)
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
    }
}
