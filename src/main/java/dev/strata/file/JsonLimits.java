package dev.strata.file;

import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * How much a stack file may ask of the reader. Generous for real maps (100,000 vendors fit),
 * small enough that hostile input is refused quickly and without exhausting memory.
 */
final class JsonLimits {

    /** Largest file read at all, checked before reading. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    static final int MAX_NESTING_DEPTH = 64;
    static final int MAX_STRING_LENGTH = 1024 * 1024;
    static final int MAX_NUMBER_LENGTH = 1000;
    static final int MAX_NAME_LENGTH = 1024;

    static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxDocumentLength(MAX_FILE_BYTES)
            .build();

    static String tooLarge(long bytes) {
        return "the file is too large (" + bytes / (1024 * 1024) + " MiB; at most "
                + MAX_FILE_BYTES / (1024 * 1024) + " MiB)";
    }

    private JsonLimits() {
    }
}
