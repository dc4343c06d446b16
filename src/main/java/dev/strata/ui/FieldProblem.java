package dev.strata.ui;

import javafx.beans.Observable;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;

/**
 * The line under a form field that says what is wrong with it. It speaks once the user has been
 * at the field (changed it while in it, or left it), so that a new form does not open with
 * complaints about fields nobody has filled in yet; the dialog's OK waits all the same.
 */
final class FieldProblem {

    private final Label line = new Label();
    private boolean visited;
    private String problem;

    /** @param id the line's id, for tests and the stylesheet */
    FieldProblem(String id) {
        line.setId(id);
        line.getStyleClass().add("field-error");
        line.setWrapText(true);
        line.managedProperty().bind(line.visibleProperty());
        line.setVisible(false);
    }

    /** Speaks once the user has typed into {@code field} or left it. */
    FieldProblem watching(TextInputControl field) {
        return watching(field, field.textProperty());
    }

    /** Speaks once {@code value} has changed while {@code field} had the focus, or once the field has lost it. */
    FieldProblem watching(Node field, Observable value) {
        value.addListener(obs -> {
            if (field.isFocused()) {
                visit();
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                visit();
            }
        });
        return this;
    }

    /** Speaks once {@code choice} has changed: picking from a list is always the user's doing. */
    FieldProblem watchingChoice(Observable choice) {
        choice.addListener(obs -> visit());
        return this;
    }

    /** Speaks once {@code picker}, a button that fills the field (Choose…), has been used. */
    FieldProblem watchingPicker(ButtonBase picker) {
        picker.addEventHandler(ActionEvent.ACTION, event -> visit()); // before the button's own action fills the field
        return this;
    }

    /** The line to place under the field. */
    Label line() {
        return line;
    }

    /** What is wrong with the field now; null when nothing is. */
    void say(String problem) {
        this.problem = problem;
        line.setText(problem == null ? "" : problem);
        show();
    }

    private void visit() {
        visited = true;
        show();
    }

    private void show() {
        line.setVisible(visited && problem != null);
    }
}
