package dev.strata.ui;

import dev.strata.model.Layer;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The whole stack drawn as bands, the top layer first and the foundation at the bottom. People
 * select layers and vendors by clicking or with the arrow keys, and move vendors by dragging or
 * with Alt+arrows; the view never changes the model itself but asks {@link #onMoveVendorProperty()}.
 */
public final class StackView extends Control {

    private static final String STYLE_CLASS = "stack-view";

    private final ObjectProperty<Stack> stack = new SimpleObjectProperty<>(this, "stack");
    private final ObservableSet<Layer> collapsedLayers = FXCollections.observableSet();
    private final Selection selection = new Selection();
    private final ObjectProperty<Predicate<Vendor>> filter = new SimpleObjectProperty<>(this, "filter");
    private final ObjectProperty<Consumer<VendorMove>> onMoveVendor = new SimpleObjectProperty<>(this, "onMoveVendor");
    private final ObjectProperty<BiPredicate<Vendor, Layer>> dropPolicy =
            new SimpleObjectProperty<>(this, "dropPolicy", (vendor, layer) -> true);
    private final ObjectProperty<Runnable> onOpenDetails = new SimpleObjectProperty<>(this, "onOpenDetails");

    public StackView() {
        getStyleClass().setAll(STYLE_CLASS);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.NODE);
        setAccessibleText("Stack");
    }

    public ObjectProperty<Stack> stackProperty() {
        return stack;
    }

    public Stack getStack() {
        return stack.get();
    }

    public void setStack(Stack value) {
        collapsedLayers.clear();
        selection.clear();
        stack.set(value);
    }

    /** What is selected in this view. */
    public Selection getSelection() {
        return selection;
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

    /** Which vendors show; null shows all. */
    public ObjectProperty<Predicate<Vendor>> filterProperty() {
        return filter;
    }

    /** Receives the moves people make by dragging a card or with Alt+arrow keys. */
    public ObjectProperty<Consumer<VendorMove>> onMoveVendorProperty() {
        return onMoveVendor;
    }

    /** Answers "may this vendor be dropped on that layer?"; every layer accepts by default. */
    public ObjectProperty<BiPredicate<Vendor, Layer>> dropPolicyProperty() {
        return dropPolicy;
    }

    /** Runs when the user presses Enter to read the selection's details. */
    public ObjectProperty<Runnable> onOpenDetailsProperty() {
        return onOpenDetails;
    }

    /** The band drawn for {@code layer}. */
    public Optional<LayerBand> bandFor(Layer layer) {
        return getSkin() instanceof StackViewSkin skin ? skin.bandFor(layer) : Optional.empty();
    }

    void requestMove(VendorMove move) {
        Consumer<VendorMove> handler = onMoveVendor.get();
        if (handler != null) {
            handler.accept(move);
        }
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new StackViewSkin(this);
    }
}
