package dev.strata.ui;

import dev.strata.model.Layer;
import dev.strata.model.Stack;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.VBox;

/** A scrolling column of {@link LayerBand}s that follows the stack's layers. */
final class StackViewSkin extends SkinBase<StackView> {

    private final VBox bands = new VBox();
    private final ListChangeListener<Layer> repositionBands = change -> reposition();
    private final SetChangeListener<Layer> collapsedListener = this::followCollapsed;
    private NodeListBinding<Layer> bandBinding;
    private Stack shown;

    StackViewSkin(StackView view) {
        super(view);
        bands.getStyleClass().add("bands");
        ScrollPane scroller = new ScrollPane(bands);
        scroller.getStyleClass().add("stack-scroller");
        scroller.setFitToWidth(true);
        getChildren().add(scroller);
        registerChangeListener(view.stackProperty(), obs -> show(view.getStack()));
        view.getCollapsedLayers().addListener(collapsedListener);
        show(view.getStack());
    }

    private void show(Stack stack) {
        if (bandBinding != null) {
            bandBinding.dispose();
            shown.getLayers().removeListener(repositionBands);
        }
        shown = stack;
        bandBinding = null;
        if (stack != null) {
            bandBinding = new NodeListBinding<>(stack.getLayers(), bands.getChildren(),
                    this::makeBand, StackViewSkin::disposeBand, true);
            stack.getLayers().addListener(repositionBands);
            reposition();
        }
    }

    private LayerBand makeBand(Layer layer) {
        LayerBand band = new LayerBand(layer);
        band.setExpanded(!getSkinnable().getCollapsedLayers().contains(layer));
        band.expandedProperty().addListener((obs, was, expanded) -> {
            if (expanded) {
                getSkinnable().getCollapsedLayers().remove(layer);
            } else {
                getSkinnable().getCollapsedLayers().add(layer);
            }
        });
        return band;
    }

    private void followCollapsed(SetChangeListener.Change<? extends Layer> change) {
        Layer layer = change.wasAdded() ? change.getElementAdded() : change.getElementRemoved();
        if (bandBinding != null && bandBinding.nodeOf(layer) instanceof LayerBand band) {
            band.setExpanded(!change.getSet().contains(layer));
        }
    }

    private void reposition() {
        for (int i = 0; i < shown.getLayers().size(); i++) {
            ((LayerBand) bandBinding.nodeOf(shown.getLayers().get(i))).setPosition(i);
        }
    }

    private static void disposeBand(Node node) {
        LayerBand band = (LayerBand) node;
        if (band.getSkin() != null) {
            band.getSkin().dispose();
        }
        band.accessibleTextProperty().unbind();
    }

    @Override
    public void dispose() {
        getSkinnable().getCollapsedLayers().removeListener(collapsedListener);
        show(null);
        super.dispose();
    }
}
