package dev.strata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.model.Layer;
import dev.strata.model.Segment;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Insights for a landscape-sized stack: too many segments for a legend, so each bar names its own. */
@ExtendWith(ApplicationExtension.class)
class InsightsViewTest {

    private static final int SEGMENTS = 20;

    private InsightsView insights;
    private final List<Layer> chosen = new ArrayList<>();
    /** The selection the chart marks; a click on a row selects the layer, as the window's selection does. */
    private final ObjectProperty<Layer> selected = new SimpleObjectProperty<>();
    private Stack stack;

    /** Two layers of twenty segments; in "Platforms" only segment i holds i vendors, in "Tools" none has any. */
    private static Stack stack() {
        Stack stack = new Stack();
        Layer platforms = new Layer("platforms", "Platforms");
        Layer tools = new Layer("tools", "Tools");
        for (int s = 1; s <= SEGMENTS; s++) {
            platforms.getSegments().add(new Segment("p" + s, "Segment " + s));
            tools.getSegments().add(new Segment("t" + s, "Tool segment " + s));
            for (int v = 0; v < s; v++) {
                Vendor vendor = new Vendor("v" + s + "-" + v, "Vendor " + s + "." + v);
                vendor.setSegment("p" + s);
                platforms.getVendors().add(vendor);
            }
        }
        stack.getLayers().addAll(platforms, tools);
        return stack;
    }

    @Start
    void start(Stage stage) {
        insights = new InsightsView(selected, layer -> {
            chosen.add(layer);
            selected.set(layer);
        });
        stack = stack();
        insights.show(stack);
        stage.setScene(new Scene(insights.view(), 600, 700));
        stage.show();
    }

    @Test
    void aBarForEachSegmentThatHasVendorsAndNoLegend(FxRobot robot) {
        assertThat(insights.chart().isLegendVisible()).isFalse();
        long bars = insights.chart().getData().stream().mapToLong(series -> series.getData().size()).sum();
        assertThat(bars).as("no empty bars for the segments without vendors").isEqualTo(SEGMENTS);
    }

    @Test
    void pointingAtABarNamesItsSegmentLayerAndCount(FxRobot robot) throws Exception {
        XYChart.Data<Number, String> largest = insights.chart().getData().stream()
                .filter(series -> series.getName().equals("Segment 20")).findFirst().orElseThrow().getData().get(0);
        Node bar = largest.getNode();
        robot.moveTo(bar);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shownTooltip(robot) != null);
        assertThat(shownTooltip(robot).getText()).isEqualTo("Segment 20 in Platforms: 20 vendors");
    }

    @Test
    void clickingALayersBarOrNameChoosesTheLayer(FxRobot robot) {
        XYChart.Data<Number, String> bar = insights.chart().getData().stream()
                .filter(series -> series.getName().equals("Segment 12")).findFirst().orElseThrow().getData().get(0);
        robot.clickOn(bar.getNode());
        assertThat(chosen).extracting(Layer::getId).containsExactly("platforms");
        robot.clickOn(bar.getNode(), MouseButton.SECONDARY);
        assertThat(chosen).as("only the main button").hasSize(1);

        Node toolsName = insights.chart().lookupAll(".axis Text").stream()
                .filter(text -> "Tools".equals(((Text) text).getText())).findFirst().orElseThrow();
        robot.clickOn(toolsName);
        assertThat(chosen).as("a layer without bars, by its name").extracting(Layer::getId).containsExactly("platforms", "tools");
    }

    @Test
    void theSelectedLayersBarIsMarkedAndTheMarkFollowsTheSelectionAndARedraw(FxRobot robot) {
        assertThat(markedRows()).as("nothing selected").isEmpty();
        robot.clickOn(bar("Segment 7").getNode());
        assertThat(markedRows()).as("every part of the chosen layer's bar").hasSize(SEGMENTS).containsOnly("Platforms");

        robot.interact(() -> selected.set(stack.getLayers().get(1)));
        assertThat(markedRows()).as("Tools has no bar to mark").isEmpty();
        robot.interact(() -> selected.set(stack.getLayers().get(0)));
        robot.interact(() -> insights.show(stack));
        assertThat(markedRows()).as("redrawn after a change").hasSize(SEGMENTS).containsOnly("Platforms");
    }

    @Test
    void aStackWithoutVendorsGetsASentenceInsteadOfEmptyAxes(FxRobot robot) {
        Label sentence = robot.lookup(".insights-empty").queryAs(Label.class);
        assertThat(sentence.isVisible()).isFalse();
        Stack empty = new Stack();
        empty.getLayers().add(new Layer("tools", "Tools"));
        robot.interact(() -> insights.show(empty));
        assertThat(sentence.isVisible()).isTrue();
        assertThat(sentence.getText()).startsWith("No vendors to count yet.");
        assertThat(insights.chart().isVisible()).isFalse();
        robot.interact(() -> insights.show(stack));
        assertThat(insights.chart().isVisible()).isTrue();
        assertThat(sentence.isVisible()).isFalse();
    }

    private XYChart.Data<Number, String> bar(String segment) {
        return insights.chart().getData().stream().filter(series -> series.getName().equals(segment)).findFirst()
                .orElseThrow().getData().get(0);
    }

    /** The layer of each part of a bar drawn as selected. */
    private List<String> markedRows() {
        return insights.chart().getData().stream().flatMap(series -> series.getData().stream())
                .filter(bar -> bar.getNode().getPseudoClassStates().contains(Pseudo.SELECTED))
                .map(XYChart.Data::getYValue).toList();
    }

    private static Tooltip shownTooltip(FxRobot robot) {
        return robot.listWindows().stream().filter(Tooltip.class::isInstance).map(Tooltip.class::cast)
                .filter(Tooltip::isShowing).findFirst().orElse(null);
    }
}
