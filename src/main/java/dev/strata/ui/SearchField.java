package dev.strata.ui;

import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.util.function.Predicate;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.textfield.TextFields;

/**
 * The tool bar's search: typing filters the stack to matching vendors in every layer at once
 * and shows "3 of 5 vendors"; Esc clears it and goes back to the stack.
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
        field.textProperty().addListener((obs, was, text) -> show(VendorSearch.forQuery(text, view.filterProperty().get())));
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && view.getStack() != null) {
                VendorSearch.prepare(view.getStack().vendors());
            }
        });
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                field.clear();
                view.requestFocus();
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

    /** Applies the query again, to a new document or after a change of the stack. */
    void apply() {
        show(VendorSearch.forQuery(field.getText()));
    }

    private void show(Predicate<Vendor> filter) {
        view.filterProperty().set(filter);
        Stack stack = view.getStack();
        if (filter == null || stack == null) {
            count.setText("");
            return;
        }
        long matching = stack.vendors().filter(filter).count();
        count.setText(matching + " of " + StatusText.plural(stack.vendorCount(), "vendor"));
    }
}
