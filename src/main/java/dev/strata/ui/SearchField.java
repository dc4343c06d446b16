package dev.strata.ui;

import dev.strata.model.Layer;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.textfield.TextFields;

/**
 * The tool bar's search: typing filters the stack to matching vendors in every layer at once
 * and shows "3 of 5 vendors"; Enter goes to the first match, Esc clears the search and goes
 * back to the stack.
 */
final class SearchField {

    private final TextField field = TextFields.createClearableTextField();
    private final Label count;
    private final StackView view;

    SearchField(Label count, StackView view) {
        this.count = count;
        this.view = view;
        field.setId("search");
        field.setPromptText("Find vendors");
        field.setPrefColumnCount(18);
        field.getStyleClass().add("search-field");
        field.textProperty().addListener((obs, was, text) -> show(VendorSearch.find(text, stack(), view.filterProperty().get())));
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && view.getStack() != null) {
                VendorSearch.prepare(view.getStack());
            }
        });
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                field.clear();
                view.requestFocus();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER) {
                goToFirstMatch();
                event.consume();
            }
        });
    }

    TextField field() {
        return field;
    }

    void focus() {
        field.requestFocus();
        field.selectAll();
    }

    /**
     * Selects the first vendor the search shows whose name it matches, or else the first it
     * shows (top layer first), and hands the keys to the stack: "prometheus" goes to Prometheus,
     * not to a vendor whose description names it.
     */
    private void goToFirstMatch() {
        Stack stack = view.getStack();
        Predicate<Vendor> shown = view.filterProperty().get();
        if (stack == null || shown == null) {
            return;
        }
        Predicate<Vendor> byName = shown instanceof VendorSearch.Matches matches ? matches::byName : vendor -> false;
        firstShown(stack, shown.and(byName)).or(() -> firstShown(stack, shown)).ifPresent(vendor -> {
            stack.layerOf(vendor).ifPresent(layer -> view.getSelection().selectVendor(vendor, layer));
            view.requestFocus();
        });
    }

    /** The first vendor, top layer first, that {@code wanted} lets through. */
    private static Optional<Vendor> firstShown(Stack stack, Predicate<Vendor> wanted) {
        List<Layer> layers = stack.getLayers();
        for (int i = layers.size() - 1; i >= 0; i--) {
            Optional<Vendor> first = layers.get(i).getVendors().stream().filter(wanted).findFirst();
            if (first.isPresent()) {
                return first;
            }
        }
        return Optional.empty();
    }

    /** Ends the search, if there is one (Esc in the stack after Enter); tells whether there was. */
    boolean clear() {
        if (field.getText().isEmpty()) {
            return false;
        }
        field.clear();
        return true;
    }

    /** Applies the query again, to a new document or after a change of the stack. */
    void apply() {
        show(VendorSearch.find(field.getText(), stack()));
    }

    /** The open stack, or an empty one while there is none. */
    private Stack stack() {
        Stack stack = view.getStack();
        return stack == null ? new Stack() : stack;
    }

    private void show(VendorSearch.Matches matches) {
        view.filterProperty().set(matches);
        Stack stack = view.getStack();
        if (matches == null || stack == null) {
            count.setText("");
            return;
        }
        count.setText(StatusText.number(matches.count()) + " of " + StatusText.plural(stack.vendorCount(), "vendor"));
    }
}
