package dev.strata.ui;

import dev.strata.model.Layer;
import dev.strata.model.Stack;
import java.util.List;
import java.util.Locale;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Transform;

/**
 * The whole stack laid out for a picture, off screen: the title, the description and every
 * band, all expanded, at a fixed width, in a theme. Built and used on the JavaFX thread.
 */
public final class StackPicture {

    /** Wide enough for four cards a row; PNGs are at least this wide at scale 1. */
    public static final double WIDTH = 1400;
    /**
     * The most pixels one picture may have (400 MB of colour): a stack of thousands of vendors
     * at double size would take more memory than a desktop can spare, and fail deep in the
     * toolkit; it is refused first, with the sizes.
     */
    public static final double MAX_PIXELS = 100_000_000;

    /** A picture larger than {@link #MAX_PIXELS}; its message says how large and what to do instead. */
    public static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    /** A row of the picture holds no more cards than this: its width over a card's least width. */
    private static final int MOST_CARDS_PER_ROW = 6;
    /** A row of cards is at least this tall, with the gap below it. */
    private static final double LEAST_ROW_HEIGHT = 50;

    private final VBox content = new VBox();

    /**
     * Refuses, before any card is made, a stack whose picture at {@code scale} is sure to be too
     * large, as its rows of cards alone pass {@link #MAX_PIXELS}: laying out every card of such a
     * stack takes seconds, only to be refused after.
     *
     * @throws TooLarge for such a stack
     */
    public static void checkSize(Stack stack, double scale) {
        double rows = 0;
        for (Layer layer : stack.getLayers()) {
            rows += Math.ceil(layer.getVendors().size() / (double) MOST_CARDS_PER_ROW);
        }
        if (!fits(scale, rows * LEAST_ROW_HEIGHT)) {
            throw tooLarge(scale, rows * LEAST_ROW_HEIGHT, " or more");
        }
    }

    private static boolean fits(double scale, double height) {
        return WIDTH * scale * height * scale <= MAX_PIXELS;
    }

    private static TooLarge tooLarge(double scale, double height, String more) {
        return new TooLarge(String.format(Locale.ROOT, "The picture would be %,d × %,d pixels%s, more than %,d million;"
                + " export it as SVG, or at a smaller size.", Math.round(WIDTH * scale), Math.round(height * scale),
                more, Math.round(MAX_PIXELS / 1_000_000)));
    }

    /**
     * @param logos where the cards find their vendors' logos ({@link Logos#NONE} for none)
     */
    public StackPicture(Stack stack, Theme theme, Logos logos) {
        content.getStyleClass().addAll("document", "stack-picture");
        Label title = new Label(stack.getTitle());
        title.getStyleClass().add("stack-title");
        Label description = new Label(stack.getDescription());
        description.getStyleClass().add("stack-description");
        description.setWrapText(true);
        VBox heading = new VBox(title, description);
        heading.getStyleClass().add("stack-heading");
        VBox bands = new VBox();
        bands.getStyleClass().add("bands");
        List<Layer> layers = stack.getLayers();
        for (int i = layers.size() - 1; i >= 0; i--) {
            Layer layer = layers.get(i);
            LayerBand band = new LayerBand(layer,
                    new FilteredList<>(stack.getDrivers(), driver -> layer.getId().equals(driver.getLayer())), logos);
            band.setPosition(i);
            band.setId("layer-" + layer.getId());
            bands.getChildren().add(band);
        }
        VBox view = new VBox(bands);
        view.getStyleClass().add("stack-view");
        content.getChildren().addAll(heading, view);
        content.setPrefWidth(WIDTH);
        Scene scene = new Scene(content, WIDTH, 10);
        theme.applyTo(scene);
        content.applyCss();
        for (String clickable : List.of(".expand-toggle", ".add-vendor")) { // a picture has nothing to click
            for (Node control : content.lookupAll(clickable)) {
                control.setVisible(false);
                control.setManaged(false);
            }
        }
        content.layout();
        double height = Math.ceil(content.prefHeight(WIDTH));
        content.setPrefHeight(height);
        content.resize(WIDTH, height);
        content.layout();
    }

    /** The root of the laid-out picture (for SVG). */
    VBox content() {
        return content;
    }

    /** The picture as PNG bytes; {@code scale} 2 gives twice the pixels for sharp slides. */
    public byte[] png(double scale) {
        return PngEncoder.encode(snapshot(scale));
    }

    /** True when the picture at {@code scale} has at most {@link #MAX_PIXELS}. */
    public boolean fits(double scale) {
        return fits(scale, content.getHeight());
    }

    /**
     * A bitmap of the picture; {@code scale} 2 gives twice the pixels for sharp slides.
     *
     * @throws TooLarge when it would have more than {@link #MAX_PIXELS}
     */
    public WritableImage snapshot(double scale) {
        if (!fits(scale)) {
            throw tooLarge(scale, content.getHeight(), "");
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        return content.snapshot(parameters, null);
    }

    /** The picture as SVG: one group per layer, shapes and texts in the theme's colours. */
    public String svg() {
        return new SvgWriter().write(content);
    }
}
