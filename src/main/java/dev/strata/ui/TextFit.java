package dev.strata.ui;

import java.util.Objects;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Cuts one line of text to a width with an ellipsis at the end, as a label does, for text drawn
 * without a label. Remembers what it last showed, as a card is laid out far more often than its
 * text, font or width change. Used on the JavaFX thread.
 */
final class TextFit {

    static final String ELLIPSIS = "…";
    /** Measures text; shared, as every use is on the JavaFX thread. */
    private static final Text MEASURE = new Text();

    private String text;
    private Font font;
    private double width = Double.NaN;

    /**
     * Shows {@code text} on {@code line}: whole if it fits {@code width} in the line's font,
     * else the longest start of it that fits with an ellipsis. The line measures the whole text
     * itself, which it must do anyway to be drawn, so text that fits is measured once.
     */
    void show(Text line, String text, double width) {
        String whole = text == null ? "" : text;
        Font font = line.getFont();
        if (whole.equals(this.text) && font.equals(this.font) && width == this.width) {
            return;
        }
        this.text = whole;
        this.font = font;
        this.width = width;
        line.setText(whole);
        if (line.getLayoutBounds().getWidth() > width) {
            line.setText(cut(whole, font, width));
        }
    }

    /** The longest start of {@code text}, too wide for {@code width}, that fits with the ellipsis, found by halving. */
    private static String cut(String text, Font font, double width) {
        int fits = 0;
        int tooLong = text.length();
        while (tooLong - fits > 1) {
            int middle = (fits + tooLong) >>> 1;
            if (widthOf(shortened(text, middle), font) <= width) {
                fits = middle;
            } else {
                tooLong = middle;
            }
        }
        return shortened(text, fits);
    }

    /** The first {@code length} characters (not splitting a surrogate pair), trimmed, and the ellipsis. */
    private static String shortened(String text, int length) {
        int end = length > 0 && Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    private static double widthOf(String text, Font font) {
        MEASURE.setFont(Objects.requireNonNull(font, "font"));
        MEASURE.setText(text);
        return MEASURE.getLayoutBounds().getWidth();
    }
}
