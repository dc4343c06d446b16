package dev.strata.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Writes a laid-out scene graph as SVG: region backgrounds and borders become rectangles,
 * texts become text elements, each where it was drawn and in the colour it was drawn in.
 * A node with an id (a layer band: {@code layer-model}) becomes a group with that id.
 */
final class SvgWriter {

    private final StringBuilder svg = new StringBuilder();

    String write(Region root) {
        Bounds bounds = root.getLayoutBounds();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(number(bounds.getWidth()))
                .append("\" height=\"").append(number(bounds.getHeight())).append("\" viewBox=\"0 0 ")
                .append(number(bounds.getWidth())).append(' ').append(number(bounds.getHeight())).append("\">\n");
        node(root, root);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private void node(Node node, Region root) {
        if (!node.isVisible()) {
            return;
        }
        boolean group = node.getId() != null && !node.getId().isBlank();
        if (group) {
            svg.append("<g id=\"").append(escape(node.getId())).append("\">\n");
        }
        Bounds box = root.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        if (node instanceof Region region) {
            background(region.getBackground(), box);
            border(region.getBorder(), box);
        }
        if (node instanceof Text text) {
            Bounds at = root.sceneToLocal(text.localToScene(text.getLayoutBounds()));
            double lineHeight = text.getFont().getSize() * 1.25;
            double y = at.getMinY();
            for (String line : lines(text)) {
                text(line, text.getFont(), text.getFill(), at.getMinX(), y);
                y += lineHeight + text.getLineSpacing();
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                node(child, root);
            }
        }
        if (group) {
            svg.append("</g>\n");
        }
    }

    private void background(Background background, Bounds box) {
        if (background == null) {
            return;
        }
        for (BackgroundFill fill : background.getFills()) {
            String color = color(fill.getFill());
            if (color == null) {
                continue;
            }
            double x = box.getMinX() + fill.getInsets().getLeft();
            double y = box.getMinY() + fill.getInsets().getTop();
            double width = box.getWidth() - fill.getInsets().getLeft() - fill.getInsets().getRight();
            double height = box.getHeight() - fill.getInsets().getTop() - fill.getInsets().getBottom();
            rect(x, y, width, height, fill.getRadii().getTopLeftHorizontalRadius(), "fill=\"" + color + "\""
                    + opacity("fill-opacity", fill.getFill()));
        }
    }

    private void border(Border border, Bounds box) {
        if (border == null) {
            return;
        }
        for (BorderStroke stroke : border.getStrokes()) {
            String color = color(stroke.getTopStroke());
            double width = stroke.getWidths().getTop();
            if (color == null || width <= 0) {
                continue;
            }
            rect(box.getMinX() + width / 2, box.getMinY() + width / 2, box.getWidth() - width,
                    box.getHeight() - width, stroke.getRadii().getTopLeftHorizontalRadius(),
                    "fill=\"none\" stroke=\"" + color + "\" stroke-width=\"" + number(width) + "\""
                            + dashes(stroke.getTopStyle().getDashArray(), width)
                            + opacity("stroke-opacity", stroke.getTopStroke()));
        }
    }

    /** A dashed border's pattern: JavaFX gives it in multiples of the border's width. */
    private static String dashes(List<Double> pattern, double width) {
        if (pattern.isEmpty()) {
            return "";
        }
        StringJoiner dashes = new StringJoiner(" ", " stroke-dasharray=\"", "\"");
        pattern.forEach(length -> dashes.add(number(length * width)));
        return dashes.toString();
    }

    private void rect(double x, double y, double width, double height, double radius, String paint) {
        if (width <= 0 || height <= 0) {
            return;
        }
        svg.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y))
                .append("\" width=\"").append(number(width)).append("\" height=\"").append(number(height)).append('"');
        if (radius > 0) {
            svg.append(" rx=\"").append(number(radius)).append('"');
        }
        svg.append(' ').append(paint).append("/>\n");
    }

    /** The lines a text was drawn in: its own line breaks, then words wrapped at its wrapping width. */
    private static List<String> lines(Text text) {
        List<String> lines = new ArrayList<>();
        String content = text.getText() == null ? "" : text.getText();
        for (String paragraph : content.split("\n", -1)) {
            if (text.getWrappingWidth() <= 0) {
                lines.add(paragraph);
                continue;
            }
            Text measure = new Text();
            measure.setFont(text.getFont());
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                measure.setText(candidate);
                if (!line.isEmpty() && measure.getLayoutBounds().getWidth() > text.getWrappingWidth()) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private void text(String content, Font font, Paint fill, double x, double top) {
        String color = color(fill);
        if (content == null || content.isBlank() || color == null) {
            return;
        }
        String style = font.getStyle().toLowerCase(Locale.ROOT);
        svg.append("<text x=\"").append(number(x)).append("\" y=\"")
                .append(number(top + font.getSize())).append("\" font-family=\"")
                .append(fontFamily(font)).append("\" font-size=\"").append(number(font.getSize()))
                .append('"');
        if (style.contains("bold")) {
            svg.append(" font-weight=\"bold\"");
        }
        if (style.contains("italic")) {
            svg.append(" font-style=\"italic\"");
        }
        svg.append(" fill=\"").append(color).append("\">").append(escape(content)).append("</text>\n");
    }

    /** The font's family for SVG viewers; JavaFX's logical "System" font is plain sans-serif. */
    private static String fontFamily(Font font) {
        String family = font.getFamily();
        return family.startsWith("System") ? "sans-serif" : escape(family) + ", sans-serif";
    }

    private static String color(Paint paint) {
        if (!(paint instanceof Color color) || color.getOpacity() == 0) {
            return null;
        }
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(color.getRed() * 255),
                Math.round(color.getGreen() * 255), Math.round(color.getBlue() * 255));
    }

    private static String opacity(String attribute, Paint paint) {
        return paint instanceof Color color && color.getOpacity() < 1
                ? " " + attribute + "=\"" + number(color.getOpacity()) + "\""
                : "";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replace(".0", "");
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
