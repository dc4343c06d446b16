package dev.strata.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;

/** The id and address rules of the stack-file format. */
public final class Ids {

    private static final int MAX_ID_LENGTH = 128;

    private Ids() {
    }

    /** True for a slug: {@code [a-z0-9][a-z0-9-]*}, at most 128 characters. */
    public static boolean isValid(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_ID_LENGTH || id.charAt(0) == '-') {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!isLowerAlphanumeric(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** True for an absolute http or https address with a host. */
    public static boolean isWebAddress(String address) {
        String plain = address.strip();
        return PlainWebAddress.matches(plain) || isWebAddressByUri(plain);
    }

    /** What {@link java.net.URI} makes of an address the plain form does not cover. */
    private static boolean isWebAddressByUri(String address) {
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme();
            return scheme != null
                    && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isLowerAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /**
     * True for a logo path a stack file may hold: relative, inside the file's folder (no
     * {@code ..}), forward slashes, ending in .png, .jpg or .jpeg.
     */
    public static boolean isLogoPath(String path) {
        if (path == null || path.isBlank() || path.length() > 512) {
            return false;
        }
        String lower = path.toLowerCase(Locale.ROOT);
        boolean image = lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg");
        boolean relative = !path.startsWith("/") && !path.contains("\\") && !path.contains(":")
                && !path.contains("\u0000");
        boolean inside = Arrays.stream(path.split("/")).noneMatch(part -> part.equals("..") || part.isEmpty());
        return image && relative && inside;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}… whichever is not taken yet. */
    public static String unique(String base, Predicate<String> taken) {
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    /** A valid id made from a display name: "Scale AI" → {@code scale-ai}; never empty. */
    public static String slug(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > MAX_ID_LENGTH) {
            plain = plain.substring(0, MAX_ID_LENGTH).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "item" : plain;
    }
}
