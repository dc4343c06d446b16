package dev.strata.ui;

import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.util.stream.Stream;
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
        field.textProperty().addListener((obs, was, text) -> show(VendorSearch.find(text, vendors(), view.filterProperty().get())));
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
        show(VendorSearch.find(field.getText(), vendors()));
    }

    private Stream<Vendor> vendors() {
        Stack stack = view.getStack();
        return stack == null ? Stream.empty() : stack.vendors();
    }

    private void show(VendorSearch.Matches matches) {
        view.filterProperty().set(matches);
        Stack stack = view.getStack();
        if (matches == null || stack == null) {
            count.setText("");
            return;
        }
        count.setText(matches.count() + " of " + StatusText.plural(stack.vendorCount(), "vendor"));
    }
}
