package dev.strata.ui;

import dev.strata.model.Layer;
import dev.strata.model.Stack;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/**
 * Asks for a name and a longer text about something: a stack's title and description, a layer's
 * name and summary. The name may not be blank; the field says so and OK waits until it is not.
 */
final class NameAndTextDialog extends Dialog<NameAndTextDialog.Answer> {

    /** What the user confirmed, as typed. */
    record Answer(String name, String text) {
    }

    private final TextField name = new TextField();
    private final TextArea text = new TextArea();
    private final Label nameError = new Label();

    /** The stack's title and description (File › Stack Properties). */
    static NameAndTextDialog stack(Window owner, Stack stack) {
        return new NameAndTextDialog(owner, "Stack Properties", "Title and description of this stack",
                new String[] {"Title", "Description"}, "A stack needs a title.", stack.getTitle(), stack.getDescription());
    }

    /** A layer's name and summary (Edit › Edit Layer). */
    static NameAndTextDialog layer(Window owner, Layer layer) {
        return new NameAndTextDialog(owner, "Edit Layer", "Edit the " + layer.getName() + " layer",
                new String[] {"Name", "Summary"}, "A layer needs a name.", layer.getName(), layer.getSummary());
    }

    /** @param captions the names of the two fields, name first */
    private NameAndTextDialog(Window owner, String title, String header, String[] captions, String blankName,
            String startName, String startText) {
        initOwner(owner);
        setTitle(title);
        setHeaderText(header);
        getDialogPane().getStyleClass().add("name-and-text-dialog");
        getDialogPane().getButtonTypes().setAll(VendorDialog.APPLY, ButtonType.CANCEL);
        Theme.matchOwner(owner, getDialogPane().getScene());

        name.setId("properties-name");
        text.setId("properties-text");
        nameError.setId("error-properties-name");
        nameError.getStyleClass().add("field-error");
        nameError.setText(blankName);
        nameError.managedProperty().bind(nameError.visibleProperty());
        name.setText(startName == null ? "" : startName);
        text.setText(startText == null ? "" : startText);
        text.setPrefRowCount(5);
        text.setWrapText(true);

        getDialogPane().setContent(form(captions));
        name.textProperty().addListener((obs, was, now) -> check());
        setResultConverter(button -> button == VendorDialog.APPLY ? new Answer(name.getText(), text.getText()) : null);
        check();
        Platform.runLater(name::requestFocus);
    }

    /** Shows the dialog and waits; empty when the user cancels. */
    Optional<Answer> ask() {
        return showAndWait();
    }

    private GridPane form(String[] captions) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form");
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints(420);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        Label nameCaption = new Label(captions[0]);
        nameCaption.setLabelFor(name);
        Label textCaption = new Label(captions[1]);
        textCaption.setLabelFor(text);
        grid.addRow(0, nameCaption, name);
        grid.add(nameError, 1, 1);
        grid.addRow(2, textCaption, text);
        return grid;
    }

    private void check() {
        boolean blank = name.getText().isBlank();
        nameError.setVisible(blank);
        getDialogPane().lookupButton(VendorDialog.APPLY).setDisable(blank);
    }
}
