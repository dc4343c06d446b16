package dev.strata.model;

import java.util.Locale;
import java.util.Optional;

/** What a {@link Driver} describes. */
public enum DriverKind {
    /** A force that moves the market of a layer. */
    DRIVER,
    /** An observation on how fast a layer is adopted. */
    ADOPTION;

    /** The word used in stack files: {@code driver}, {@code adoption}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DriverKind> fromKey(String key) {
        for (DriverKind kind : values()) {
            if (kind.key().equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
