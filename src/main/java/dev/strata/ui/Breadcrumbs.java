package dev.strata.ui;

import dev.strata.model.Layer;
import dev.strata.model.NamedElement;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import javafx.scene.control.TreeItem;
import org.controlsfx.control.BreadCrumbBar;

/** Keeps the tool bar's Stack › Layer › Vendor trail in step with the selection, and navigates. */
final class Breadcrumbs {

    private final BreadCrumbBar<Object> bar;
    private final Selection selection;
    private Stack stack;

    Breadcrumbs(BreadCrumbBar<Object> bar, Selection selection) {
        this.bar = bar;
        this.selection = selection;
        bar.setAutoNavigationEnabled(false);
        bar.setFocusTraversable(false);
        bar.setCrumbFactory(item -> {
            BreadCrumbBar.BreadCrumbButton button = new BreadCrumbBar.BreadCrumbButton(label(item.getValue()));
            button.setFocusTraversable(false);
            return button;
        });
        bar.setOnCrumbAction(event -> navigate(event.getSelectedCrumb().getValue()));
        selection.layerProperty().addListener(obs -> refresh());
        selection.vendorProperty().addListener(obs -> refresh());
    }

    void setStack(Stack shown) {
        this.stack = shown;
        refresh();
    }

    /** Rebuilds the trail (also after names change). */
    void refresh() {
        if (stack == null) {
            return;
        }
        TreeItem<Object> crumb = new TreeItem<>(stack);
        if (selection.getLayer() != null) {
            TreeItem<Object> layer = new TreeItem<>(selection.getLayer());
            crumb.getChildren().add(layer);
            crumb = layer;
            if (selection.getVendor() != null) {
                TreeItem<Object> vendor = new TreeItem<>(selection.getVendor());
                crumb.getChildren().add(vendor);
                crumb = vendor;
            }
        }
        bar.setSelectedCrumb(crumb);
    }

    private void navigate(Object value) {
        if (value instanceof Stack) {
            selection.clear();
        } else if (value instanceof Layer layer) {
            selection.selectLayer(layer);
        } else if (value instanceof Vendor vendor) {
            selection.selectVendor(vendor, selection.getLayer());
        }
    }

    private static String label(Object value) {
        if (value instanceof Stack shown) {
            return shown.getTitle().isBlank() ? "Stack" : shown.getTitle();
        }
        return value instanceof NamedElement element ? element.getName() : String.valueOf(value);
    }
}
