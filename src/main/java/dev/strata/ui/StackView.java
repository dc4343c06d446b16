package dev.strata.ui;

import dev.strata.model.Layer;
import dev.strata.model.Stack;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/** The whole stack drawn as bands, the top layer first and the foundation at the bottom. */
public final class StackView extends Control {

    private static final String STYLE_CLASS = "stack-view";

    private final ObjectProperty<Stack> stack = new SimpleObjectProperty<>(this, "stack");
    private final ObservableSet<Layer> collapsedLayers = FXCollections.observableSet();

    public StackView() {
        getStyleClass().setAll(STYLE_CLASS);
    }

    public ObjectProperty<Stack> stackProperty() {
        return stack;
    }

    public Stack getStack() {
        return stack.get();
    }

    public void setStack(Stack value) {
        collapsedLayers.clear();
        stack.set(value);
    }

    /** The layers whose bands show only their title line. */
    public ObservableSet<Layer> getCollapsedLayers() {
        return collapsedLayers;
    }

    /** Expands or collapses every band. */
    public void setAllExpanded(boolean expanded) {
        if (expanded) {
            collapsedLayers.clear();
        } else if (getStack() != null) {
            collapsedLayers.addAll(getStack().getLayers());
        }
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new StackViewSkin(this);
    }
}
