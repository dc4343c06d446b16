package dev.strata.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written checks of ids and web addresses say what the format's definitions say: the
 * slug pattern, and {@link URI}'s idea of an absolute http(s) address with a host.
 */
class IdsPropertiesTest {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,127}");

    @Property(tries = 3000)
    void idsAreSlugs(@ForAll("idLike") String id) {
        assertThat(Ids.isValid(id)).as(id).isEqualTo(SLUG.matcher(id).matches());
    }

    @Property(tries = 5000)
    void aPlainAddressIsOneThatUriAccepts(@ForAll("addressLike") String address) {
        assertThat(Ids.isWebAddress(address)).as(address).isEqualTo(byUri(address));
    }

    @Example
    void usualAndUnusualAddresses() {
        String[] accepted = {"https://openai.com", "http://example.com:8080/a/b?q=1&r=(2)", "HTTPS://A.B.ORG/",
            "https://x.io?", " https://trimmed.dev ", "https://a.com/#top", "https://localhost",
            "https://10.0.0.1/x", "https://a.com/%C3%A9", "https://user@host.com/"};
        String[] refused = {"ftp://a.com", "https://", "https:///path", "https://a .com", "https://a.com/ b",
            "mailto:a@b.c", "openai.com", "https://-a.com", "https://a_b.com", "https://a.com:port", ""};
        for (String address : accepted) {
            assertThat(Ids.isWebAddress(address)).as(address).isTrue();
        }
        for (String address : refused) {
            assertThat(Ids.isWebAddress(address)).as(address).isFalse();
        }
    }

    @Provide
    Arbitrary<String> idLike() {
        return Arbitraries.strings().withChars("az09-_A .é").ofMinLength(0).ofMaxLength(140)
                .edgeCases(edges -> edges.add("-a"));
    }

    /** A scheme, a host, maybe a port and a tail, each mostly well-formed but often not. */
    @Provide
    Arbitrary<String> addressLike() {
        Arbitrary<String> scheme = Arbitraries.of("http://", "https://", "HTTP://", "ftp://", "http:/", "");
        Arbitrary<String> label = Arbitraries.strings().withChars("abcxyzAZ019-_").ofMinLength(0).ofMaxLength(6);
        Arbitrary<String> host = label.list().ofMinSize(1).ofMaxSize(4).map(labels -> String.join(".", labels));
        Arbitrary<String> port = Arbitraries.of("", "", ":", ":80", ":123456", ":8x");
        Arbitrary<String> tail = Arbitraries.strings()
                .withChars("abcxyzAZ0129.-_:/?#%@[]~!$&'()*+,;= \té")
                .ofMaxLength(20)
                .map(text -> text.isEmpty() || text.charAt(0) == '/' || text.charAt(0) == '?' ? text : "/" + text);
        return Combinators.combine(scheme, host, port, tail).as((a, b, c, d) -> a + b + c + d);
    }

    private static boolean byUri(String address) {
        try {
            URI uri = new URI(address.strip());
            return uri.getScheme() != null
                    && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
