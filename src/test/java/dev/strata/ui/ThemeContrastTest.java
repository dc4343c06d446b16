package dev.strata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every text colour token is readable on every background it is drawn on, in both themes:
 * a WCAG contrast ratio of at least 4.5:1.
 */
class ThemeContrastTest {

    private static final Pattern TOKEN = Pattern.compile("(-[a-z][a-z0-9-]*)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;");
    private static final double MINIMUM = 4.5;

    /** Text token, background token: the pairs the stylesheet draws. */
    private static final List<String[]> PAIRS = List.of(
            pair("-strata-text", "-strata-background"),
            pair("-strata-text", "-strata-surface"),
            pair("-strata-text", "-strata-surface-raised"),
            pair("-strata-text", "-strata-surface-selected"),
            pair("-strata-text-muted", "-strata-background"),
            pair("-strata-text-muted", "-strata-surface"),
            pair("-strata-text-muted", "-strata-surface-raised"),
            pair("-strata-accent", "-strata-surface"),
            pair("-strata-surface", "-strata-selection"),
            pair("-strata-error", "-strata-surface"));

    private static String[] pair(String text, String background) {
        return new String[] {text, background};
    }

    private static Map<String, Color> tokens(Theme theme) throws IOException {
        Map<String, Color> tokens = new HashMap<>();
        for (String sheet : theme == Theme.DARK ? List.of("strata.css", "strata-dark.css") : List.of("strata.css")) {
            try (InputStream in = ThemeContrastTest.class.getResourceAsStream(sheet)) {
                Matcher matcher = TOKEN.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (matcher.find()) {
                    tokens.put(matcher.group(1), Color.web(matcher.group(2)));
                }
            }
        }
        return tokens;
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color color) {
        return 0.2126 * channel(color.getRed()) + 0.7152 * channel(color.getGreen()) + 0.0722 * channel(color.getBlue());
    }

    private static double channel(double value) {
        return value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void textTokensAreReadableOnTheirBackgrounds(Theme theme) throws IOException {
        Map<String, Color> tokens = tokens(theme);
        for (String[] pair : PAIRS) {
            assertThat(contrast(tokens.get(pair[0]), tokens.get(pair[1])))
                    .as("%s on %s in the %s theme", pair[0], pair[1], theme.key())
                    .isGreaterThanOrEqualTo(MINIMUM);
        }
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyLayerToneKeepsItsTextReadable(Theme theme) throws IOException {
        Map<String, Color> tokens = tokens(theme);
        for (int tone = 0; tone < LayerBand.TONES; tone++) {
            Color tint = tokens.get("-layer-tint-" + tone);
            assertThat(contrast(tokens.get("-layer-ink-" + tone), tint))
                    .as("layer ink %d on its tint in the %s theme", tone, theme.key()).isGreaterThanOrEqualTo(MINIMUM);
            assertThat(contrast(tokens.get("-strata-text"), tint))
                    .as("text on layer tint %d in the %s theme", tone, theme.key()).isGreaterThanOrEqualTo(MINIMUM);
            assertThat(contrast(tokens.get("-strata-on-badge"), tokens.get("-layer-tone-" + tone)))
                    .as("badge initials on tone %d in the %s theme", tone, theme.key())
                    .isGreaterThanOrEqualTo(MINIMUM);
        }
    }

    @Test
    void theContrastCheckItselfCanFail() {
        assertThat(contrast(Color.web("#777777"), Color.web("#888888"))).isLessThan(MINIMUM);
        assertThat(contrast(Color.BLACK, Color.WHITE)).isEqualTo(21.0);
    }
}
