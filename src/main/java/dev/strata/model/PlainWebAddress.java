package dev.strata.model;

/**
 * The web addresses nearly every stack file holds, recognised in one pass over their characters:
 * {@code http://} or {@code https://}, a host name, an optional port, then an optional path and
 * query of characters that need no escaping. Each address it accepts is also an
 * absolute http(s) address with a host for {@link java.net.URI}, which judges every other
 * address (and costs several times more: opening a large stack checks thousands).
 */
final class PlainWebAddress {

    /** Characters {@link java.net.URI} accepts anywhere in a path or query, bar {@code %} (which must start an escape). */
    private static final String REST = "-._~!$&'()*+,;=:@/?";

    private PlainWebAddress() {
    }

    static boolean matches(String address) {
        int host = schemeLength(address);
        if (host < 0) {
            return false;
        }
        int end = hostEnd(address, host);
        if (end < 0) {
            return false;
        }
        int i = end;
        if (i < address.length() && address.charAt(i) == ':') {
            int digits = ++i;
            while (i < address.length() && isDigit(address.charAt(i))) {
                i++;
            }
            if (i == digits || i - digits > 5) {
                return false;
            }
        }
        if (i < address.length() && address.charAt(i) != '/' && address.charAt(i) != '?') {
            return false;
        }
        for (; i < address.length(); i++) {
            char c = address.charAt(i);
            if (!isLetterOrDigit(c) && REST.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The length of {@code http://} or {@code https://} (any case) at the start, or -1. */
    private static int schemeLength(String address) {
        if (address.regionMatches(true, 0, "http://", 0, 7)) {
            return 7;
        }
        if (address.regionMatches(true, 0, "https://", 0, 8)) {
            return 8;
        }
        return -1;
    }

    /**
     * The end of a host name starting at {@code start}: dot-separated labels of letters, digits
     * and inner hyphens, the last starting with a letter (so that it is not an IPv4 address); -1
     * if there is none.
     */
    private static int hostEnd(String address, int start) {
        int i = start;
        int lastLabel = start;
        while (true) {
            int label = i;
            while (i < address.length() && (isLetterOrDigit(address.charAt(i)) || address.charAt(i) == '-')) {
                i++;
            }
            if (i == label || address.charAt(label) == '-' || address.charAt(i - 1) == '-') {
                return -1;
            }
            lastLabel = label;
            if (i < address.length() && address.charAt(i) == '.' && i + 1 < address.length()
                    && isLetterOrDigit(address.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return isLetter(address.charAt(lastLabel)) ? i : -1;
    }

    private static boolean isLetterOrDigit(char c) {
        return isLetter(c) || isDigit(c);
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
