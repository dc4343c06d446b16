package dev.strata.ui;

import dev.strata.model.Driver;
import dev.strata.model.DriverKind;
import dev.strata.model.Layer;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Asks for a name and a longer text about something: a layer's name and summary, a driver's
 * name and text (and whether it is a market driver or an adoption
 * note). The name may not be blank: OK waits until it is not, and the field says so once the
 * user has been at it.
 */
final class NameAndTextDialog extends Dialog<NameAndTextDialog.Answer> {

    /** What the user confirmed, as typed; {@code kind} only for a driver. */
    record Answer(String name, String text, DriverKind kind) {
    }

    private final TextField name = new TextField();
    private final TextArea text = new TextArea();
    private final FieldProblem nameProblem = new FieldProblem("error-properties-name").watching(name);
    private final String blankName;
    /** Only for a driver. */
    private final ChoiceBox<DriverKind> kind = new ChoiceBox<>();

    /** A layer's name and summary (Edit › Edit Layer). */
    static NameAndTextDialog layer(Window owner, Layer layer) {
        return new NameAndTextDialog(owner, "Edit Layer", "Edit the " + layer.getName() + " layer",
                new String[] {"Name", "Summary"}, "A layer needs a name.", layer.getName(), layer.getSummary(), null);
    }

    /** A new driver of {@code layer} (Add Driver). */
    static NameAndTextDialog newDriver(Window owner, Layer layer) {
        return new NameAndTextDialog(owner, "Add Driver", "Add a driver or adoption note to the " + layer.getName()
                + " layer", new String[] {"Name", "Text", "Kind"}, "A driver needs a name.", "", "", DriverKind.DRIVER);
    }

    /** A driver's name, text and kind (Edit Driver). */
    static NameAndTextDialog driver(Window owner, Driver driver) {
        return new NameAndTextDialog(owner, "Edit Driver", "Edit " + driver.getName(),
                new String[] {"Name", "Text", "Kind"}, "A driver needs a name.", driver.getName(), driver.getText(),
                driver.getKind());
    }

    /**
     * @param captions the names of the fields, name first, then the text, then the kind
     * @param startKind the kind to start from, for a driver; null for no kind field
     */
    private NameAndTextDialog(Window owner, String title, String header, String[] captions, String blankName,
            String startName, String startText, DriverKind startKind) {
        this.blankName = blankName;
        initOwner(owner);
        setTitle(title);
        setHeaderText(header);
        getDialogPane().getStyleClass().add("name-and-text-dialog");
        getDialogPane().getButtonTypes().setAll(VendorDialog.APPLY, ButtonType.CANCEL);
        Theme.matchOwner(owner, getDialogPane().getScene());

        name.setId("properties-name");
        text.setId("properties-text");
        name.setText(startName == null ? "" : startName);
        text.setText(startText == null ? "" : startText);
        text.setPrefRowCount(5);
        text.setWrapText(true);

        kind.getItems().setAll(DriverKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(DriverKind value) {
                return value == DriverKind.ADOPTION ? "Adoption note (▶)" : "Market driver (▲)";
            }

            @Override
            public DriverKind fromString(String label) {
                return null;
            }
        });
        kind.setValue(startKind);
        kind.setId("properties-kind");

        getDialogPane().setContent(form(captions, startKind != null));
        name.textProperty().addListener((obs, was, now) -> check());
        setResultConverter(button -> button == VendorDialog.APPLY
                ? new Answer(name.getText(), text.getText(), startKind == null ? null : kind.getValue()) : null);
        check();
        Platform.runLater(name::requestFocus);
    }

    /** Shows the dialog and waits; empty when the user cancels. */
    Optional<Answer> ask() {
        return showAndWait();
    }

    private GridPane form(String[] captions, boolean withKind) {
        GridPane grid = FormGrid.of(420);
        Label nameCaption = new Label(captions[0]);
        nameCaption.setLabelFor(name);
        Label textCaption = new Label(captions[1]);
        textCaption.setLabelFor(text);
        grid.addRow(0, nameCaption, name);
        grid.add(nameProblem.line(), 1, 1);
        grid.addRow(2, textCaption, text);
        if (withKind) {
            Label kindCaption = new Label(captions[2]);
            kindCaption.setLabelFor(kind);
            grid.addRow(3, kindCaption, kind);
        }
        return grid;
    }

    private void check() {
        boolean blank = name.getText().isBlank();
        nameProblem.say(blank ? blankName : null);
        getDialogPane().lookupButton(VendorDialog.APPLY).setDisable(blank);
    }
}
