package dev.strata.ui;

import dev.strata.model.Layer;
import dev.strata.model.Stack;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The panel beside the stack: the Details and Insights tabs. It can be hidden (View › Side Panel)
 * to give the stack the window's whole width, and comes back where its divider was; asking for
 * the details or the insights shows it again.
 */
final class SidePanel {

    private final SplitPane split;
    private final Node stackView;
    private final TabPane tabs;
    private final DetailsPane details;
    private final Tab insightsTab = new Tab("Insights");
    private final Supplier<Stack> stack;
    private final ObservableValue<Layer> chosenLayer;
    private final Consumer<Layer> chooseLayer;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);
    /** Made when its tab is first shown, so that a start-up pays nothing for the chart. */
    private InsightsView insights;
    private double dividerAt = -1;

    /**
     * @param split the split pane it goes into, beside {@code stackView}, which takes the focus
     *     when the panel that had it goes away
     * @param stack the stack shown, for the insights
     * @param chosenLayer the selected layer, which the insights' chart marks
     * @param chooseLayer called when the insights' chart is clicked on a layer
     */
    SidePanel(SplitPane split, Node stackView, DetailsPane details, Supplier<Stack> stack,
            ObservableValue<Layer> chosenLayer, Consumer<Layer> chooseLayer) {
        this.split = split;
        this.stackView = stackView;
        this.details = details;
        this.stack = stack;
        this.chosenLayer = chosenLayer;
        this.chooseLayer = chooseLayer;
        tabs = new TabPane(new Tab("Details", details), insightsTab);
        tabs.getStyleClass().add("side-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        insightsTab.selectedProperty().addListener((obs, was, selected) -> refreshInsights());
        split.getItems().add(tabs);
        SplitPane.setResizableWithParent(tabs, false);
        shown.addListener((obs, was, show) -> place(show));
    }

    /** Whether the panel is in the window. */
    BooleanProperty shownProperty() {
        return shown;
    }

    /** Shows the Details tab and hands it the keys. */
    void showDetails() {
        shown.set(true);
        tabs.getSelectionModel().select(0);
        details.requestFocus();
    }

    void showInsights() {
        shown.set(true);
        tabs.getSelectionModel().select(insightsTab);
    }

    /** Counts the vendors of the shown stack again, if the Insights tab is in sight; it counts when it comes into sight. */
    void refreshInsights() {
        if (!insightsTab.isSelected() || !shown.get()) {
            return;
        }
        if (insights == null) {
            insights = new InsightsView(chosenLayer, chooseLayer);
            insightsTab.setContent(insights.view());
        }
        insights.show(stack.get());
    }

    private void place(boolean show) {
        if (show) {
            split.getItems().add(tabs);
            if (dividerAt >= 0) {
                split.setDividerPositions(dividerAt);
            }
            refreshInsights();
            return;
        }
        dividerAt = split.getDividerPositions()[0];
        boolean hadFocus = Focus.isWithin(tabs);
        split.getItems().remove(tabs);
        if (hadFocus) {
            stackView.requestFocus();
        }
    }
}
