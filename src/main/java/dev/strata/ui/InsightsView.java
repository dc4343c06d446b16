package dev.strata.ui;

import dev.strata.model.Layer;
import dev.strata.model.Segment;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Parent;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;

/**
 * Insights: how many vendors each layer holds, split by segment, as a stacked bar chart with the
 * layers stacked as in the app (the foundation at the bottom). {@link #show} after every change keeps it live.
 * A click on a layer's row (its bar, its name or the space between) chooses the layer; the
 * chosen layer's bar is outlined ({@code .chart-bar:selected}). A stack without vendors gets a
 * sentence instead of empty axes.
 */
final class InsightsView {

    static final String NO_SEGMENT = "No segment";
    /** With more segments than this a legend cannot be read (and takes the chart's room); each bar names its own. */
    private static final int MOST_SEGMENTS_IN_LEGEND = 12;

    private final CategoryAxis layers = new CategoryAxis();
    private final NumberAxis vendors = new NumberAxis();
    private final StackedBarChart<Number, String> chart = new StackedBarChart<>(vendors, layers);
    private final Label nothingToCount = new Label("No vendors to count yet. Once the stack has some, "
            + "this chart shows how they spread over its layers and segments.");
    private final StackPane view = new StackPane(chart, nothingToCount);
    private final ObservableValue<Layer> chosen;
    private final Consumer<Layer> choose;
    private Map<String, Layer> layersByName = Map.of();

    /**
     * @param chosen the layer to mark, or null
     * @param choose called with a layer when its row is clicked
     */
    InsightsView(ObservableValue<Layer> chosen, Consumer<Layer> choose) {
        this.chosen = chosen;
        this.choose = choose;
        chosen.addListener(obs -> markChosen());
        nothingToCount.getStyleClass().add("insights-empty");
        nothingToCount.setWrapText(true);
        nothingToCount.visibleProperty().bind(chart.visibleProperty().not());
        chart.setOnMouseClicked(this::chooseRowAt);
        chart.getStyleClass().add("insights-chart");
        chart.setTitle("Vendors per layer and segment");
        chart.setAnimated(false);
        vendors.setLabel("Vendors");
        vendors.setMinorTickVisible(false);
        vendors.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return value.doubleValue() == Math.rint(value.doubleValue()) ? Integer.toString(value.intValue()) : "";
            }

            @Override
            public Number fromString(String text) {
                return Integer.valueOf(text);
            }
        });
    }

    /** What the Insights tab shows: the chart, or the sentence for a stack without vendors. */
    Parent view() {
        return view;
    }

    StackedBarChart<Number, String> chart() {
        return chart;
    }

    /** Counts the vendors of {@code stack} and redraws. */
    void show(Stack stack) {
        List<String> layerNames = new ArrayList<>();
        layersByName = new HashMap<>();
        Map<String, Map<String, Integer>> countsBySegment = new LinkedHashMap<>();
        List<Layer> layersBottomFirst = stack.getLayers();
        for (Layer layer : layersBottomFirst) {
            layerNames.add(layer.getName());
            layersByName.putIfAbsent(layer.getName(), layer);
            for (Segment segment : layer.getSegments()) {
                countsBySegment.computeIfAbsent(segment.getName(), name -> new LinkedHashMap<>());
            }
        }
        for (Layer layer : layersBottomFirst) {
            Map<String, String> segmentNames = new HashMap<>();
            for (Segment segment : layer.getSegments()) {
                segmentNames.putIfAbsent(segment.getId(), segment.getName());
            }
            for (Vendor vendor : layer.getVendors()) {
                String segment = vendor.getSegment() == null ? NO_SEGMENT
                        : segmentNames.getOrDefault(vendor.getSegment(), NO_SEGMENT);
                countsBySegment.computeIfAbsent(segment, name -> new LinkedHashMap<>())
                        .merge(layer.getName(), 1, Integer::sum);
            }
        }
        layers.setCategories(FXCollections.observableArrayList(layerNames));
        List<XYChart.Series<Number, String>> series = new ArrayList<>();
        countsBySegment.forEach((segment, counts) -> {
            XYChart.Series<Number, String> bars = new XYChart.Series<>();
            bars.setName(segment);
            for (String layer : layerNames) {
                int count = counts.getOrDefault(layer, 0);
                if (count > 0) {
                    bars.getData().add(bar(segment, layer, count));
                }
            }
            series.add(bars);
        });
        chart.setLegendVisible(series.size() <= MOST_SEGMENTS_IN_LEGEND);
        chart.getData().setAll(series);
        chart.setVisible(stack.vendorCount() > 0);
        markChosen();
    }

    /** Outlines the parts of the chosen layer's bar, and only those. */
    private void markChosen() {
        Layer layer = chosen.getValue();
        for (XYChart.Series<Number, String> bars : chart.getData()) {
            for (XYChart.Data<Number, String> bar : bars.getData()) {
                if (bar.getNode() != null) {
                    bar.getNode().pseudoClassStateChanged(Pseudo.SELECTED,
                            layer != null && layersByName.get(bar.getYValue()) == layer);
                }
            }
        }
    }

    /** One segment's part of a layer's bar; pointing at it names both and the count. */
    private static XYChart.Data<Number, String> bar(String segment, String layer, int count) {
        XYChart.Data<Number, String> bar = new XYChart.Data<>(count, layer);
        String text = segment + " in " + layer + ": " + StatusText.plural(count, "vendor");
        bar.nodeProperty().addListener((obs, old, node) -> {
            if (node != null) {
                Tooltip.install(node, new Tooltip(text));
                node.setCursor(Cursor.HAND);
            }
        });
        return bar;
    }

    /** Chooses the layer whose row is at the height of the click: its name, its bar or the space between. */
    private void chooseRowAt(MouseEvent click) {
        Point2D onAxis = layers.sceneToLocal(click.getSceneX(), click.getSceneY());
        if (click.getButton() != MouseButton.PRIMARY || onAxis.getY() < 0 || onAxis.getY() > layers.getHeight()) {
            return;
        }
        Layer layer = layersByName.get(layers.getValueForDisplay(onAxis.getY()));
        if (layer != null) {
            choose.accept(layer);
        }
    }
}
