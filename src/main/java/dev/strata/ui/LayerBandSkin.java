package dev.strata.ui;

import dev.strata.model.Layer;
import dev.strata.model.Segment;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Builds a band: {@code .header} (toggle, name, count, summary, segment chips) beside
 * {@code .cards}, a wrapping pane with one {@link VendorCard} per vendor.
 */
final class LayerBandSkin extends SkinBase<LayerBand> {

    private final NodeListBinding<?> cardBinding;
    private final NodeListBinding<?> segmentBinding;
    private final HBox row;
    private final Label name = new Label();
    private final Label count = new Label();
    private final Label summary = new Label();

    LayerBandSkin(LayerBand band) {
        super(band);
        Layer layer = band.getLayer();

        ToggleButton toggle = new ToggleButton();
        toggle.getStyleClass().add("expand-toggle");
        toggle.setFocusTraversable(false);
        toggle.selectedProperty().bindBidirectional(band.expandedProperty());
        Region chevron = new Region();
        chevron.getStyleClass().add("chevron");
        toggle.setGraphic(chevron);

        name.getStyleClass().add("name");
        name.textProperty().bind(layer.nameProperty());
        count.getStyleClass().add("count");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> StatusText.plural(layer.getVendors().size(), "vendor"), layer.getVendors()));
        HBox titleRow = new HBox(toggle, name, count);
        titleRow.getStyleClass().add("title-row");

        summary.getStyleClass().add("summary");
        summary.setWrapText(true);
        summary.textProperty().bind(layer.summaryProperty());
        summary.managedProperty().bind(summary.visibleProperty());
        summary.visibleProperty().bind(band.expandedProperty().and(layer.summaryProperty().isNotEmpty()));

        FlowPane segments = new FlowPane();
        segments.getStyleClass().add("segments");
        segments.managedProperty().bind(segments.visibleProperty());
        segments.visibleProperty().bind(band.expandedProperty().and(Bindings.isNotEmpty(layer.getSegments())));
        segmentBinding = new NodeListBinding<>(layer.getSegments(), segments.getChildren(),
                LayerBandSkin::segmentChip, LayerBandSkin::unbindLabel, false);

        VBox header = new VBox(titleRow, summary, segments);
        header.getStyleClass().add("header");

        FlowPane cards = new FlowPane();
        cards.getStyleClass().add("cards");
        cardBinding = new NodeListBinding<>(layer.getVendors(), cards.getChildren(),
                vendor -> new VendorCard(vendor, layer.nameProperty()), LayerBandSkin::disposeCard, false);
        Label placeholder = new Label("No vendors in this layer yet");
        placeholder.getStyleClass().add("placeholder");
        placeholder.visibleProperty().bind(Bindings.isEmpty(layer.getVendors()));
        StackPane body = new StackPane(cards, placeholder);
        body.getStyleClass().add("body");
        body.managedProperty().bind(body.visibleProperty());
        body.visibleProperty().bind(band.expandedProperty());
        HBox.setHgrow(body, Priority.ALWAYS);

        Region accent = new Region();
        accent.getStyleClass().add("accent");

        row = new HBox(accent, header, body);
        row.getStyleClass().add("band-content");
        getChildren().add(row);
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        double inner = width < 0 ? -1 : Math.max(0, width - left - right);
        return top + row.prefHeight(inner) + bottom;
    }

    private static Node segmentChip(Segment segment) {
        Label chip = new Label();
        chip.getStyleClass().add("segment-chip");
        chip.textProperty().bind(segment.nameProperty());
        return chip;
    }

    private static void unbindLabel(Node node) {
        ((Label) node).textProperty().unbind();
    }

    private static void disposeCard(Node node) {
        VendorCard card = (VendorCard) node;
        if (card.getSkin() != null) {
            card.getSkin().dispose();
        }
        card.accessibleTextProperty().unbind();
    }

    @Override
    public void dispose() {
        cardBinding.dispose();
        segmentBinding.dispose();
        name.textProperty().unbind();
        count.textProperty().unbind();
        summary.textProperty().unbind();
        super.dispose();
    }
}
