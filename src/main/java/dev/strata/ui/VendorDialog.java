package dev.strata.ui;

import dev.strata.edit.VendorRules;
import dev.strata.edit.VendorValues;
import dev.strata.model.Ids;
import dev.strata.model.Layer;
import dev.strata.model.Segment;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Adds or edits a vendor. Each field says what is wrong with it (blank name, taken or malformed
 * id, a website that is not http/https, a logo outside the stack's folder) once the user has
 * been at it, and OK stays disabled until all is well, so nothing invalid reaches the model. A
 * new vendor's id follows its name, made unique, until the user types one. The logo is chosen
 * among the pictures beside the stack file, or typed as a path relative to its folder.
 */
final class VendorDialog extends Dialog<VendorValues> {

    static final ButtonType APPLY = new ButtonType("OK", ButtonBar.ButtonData.OK_DONE);

    private final Stack stack;
    private final Vendor editing;
    private final TextField name = new TextField();
    private final TextField id = new TextField();
    private final TextField role = new TextField();
    private final TextArea description = new TextArea();
    private final TextField tags = new TextField();
    private final TextField website = new TextField();
    private final TextField logo = new TextField();
    private final Button chooseLogo = new Button("Choose…");
    private final ComboBox<Segment> segment = new ComboBox<>();
    private final Map<VendorRules.Field, FieldProblem> problems = new EnumMap<>(Map.of(
            VendorRules.Field.NAME, new FieldProblem("error-name").watching(name),
            VendorRules.Field.ID, new FieldProblem("error-id").watching(id),
            VendorRules.Field.WEBSITE, new FieldProblem("error-website").watching(website),
            VendorRules.Field.LOGO, new FieldProblem("error-logo").watching(logo).watchingPicker(chooseLogo)));
    private boolean idFollowsName;

    /** Adds a vendor to {@code layer}, in the segment {@code segmentId} unless the user picks another (null: none). */
    static VendorDialog adding(Window owner, Stack stack, Layer layer, String segmentId, LogoFiles logos) {
        return new VendorDialog(owner, stack, layer, null,
                new VendorValues("", "", segmentId, "", "", List.of(), "", ""), logos);
    }

    /** Edits {@code vendor}, of {@code layer}. */
    static VendorDialog editing(Window owner, Stack stack, Layer layer, Vendor vendor, LogoFiles logos) {
        return new VendorDialog(owner, stack, layer, vendor, VendorValues.of(vendor), logos);
    }

    /**
     * @param editing the vendor to edit, or null to add one to {@code layer}
     * @param start what the fields show at first
     */
    private VendorDialog(Window owner, Stack stack, Layer layer, Vendor editing, VendorValues start, LogoFiles logos) {
        this.stack = stack;
        this.editing = editing;
        initOwner(owner);
        setTitle(editing == null ? "Add Vendor" : "Edit Vendor");
        setHeaderText(editing == null ? "Add a vendor to the " + layer.getName() + " layer"
                : "Edit " + editing.getName());
        getDialogPane().getStyleClass().add("vendor-dialog");
        getDialogPane().getButtonTypes().setAll(APPLY, ButtonType.CANCEL);
        Theme.matchOwner(owner, getDialogPane().getScene());

        segment.setItems(FXCollections.observableArrayList(layer.getSegments()));
        segment.getItems().add(0, null);
        segment.setConverter(new StringConverter<>() {
            @Override
            public String toString(Segment value) {
                return value == null ? "None" : value.getName();
            }

            @Override
            public Segment fromString(String text) {
                return null;
            }
        });
        segment.setDisable(layer.getSegments().isEmpty());
        description.setPrefRowCount(3);
        description.setWrapText(true);
        tags.setPromptText("Comma-separated, e.g. gpu, cloud");
        website.setPromptText("https://…");
        name.setId("vendor-name");
        id.setId("vendor-id");
        role.setId("vendor-role");
        description.setId("vendor-description");
        tags.setId("vendor-tags");
        website.setId("vendor-website");
        segment.setId("vendor-segment");
        logo.setId("vendor-logo");
        chooseLogo.setId("choose-logo");
        logo.setPromptText(logos.available() ? "logos/name.png, beside the stack file"
                : "Save the stack first: logos are files beside it");
        chooseLogo.setDisable(!logos.available());
        chooseLogo.setOnAction(event -> logos.choose(getDialogPane().getScene().getWindow()).ifPresent(logo::setText));

        name.setText(start.name());
        id.setText(start.id());
        role.setText(start.role());
        description.setText(start.description());
        tags.setText(String.join(", ", start.tags()));
        website.setText(start.website() == null ? "" : start.website());
        logo.setText(start.logo() == null ? "" : start.logo());
        layer.getSegments().stream().filter(candidate -> candidate.getId().equals(start.segment())).findFirst()
                .ifPresentOrElse(segment::setValue, () -> segment.setValue(null));
        idFollowsName = editing == null;

        name.textProperty().addListener((obs, was, text) -> {
            if (idFollowsName) {
                id.setText(Ids.unique(Ids.slug(text), taken -> stack.findVendor(taken).isPresent()));
            }
            check();
        });
        id.textProperty().addListener((obs, was, text) -> check());
        id.setOnKeyTyped(event -> idFollowsName = false);
        website.textProperty().addListener((obs, was, text) -> check());
        logo.textProperty().addListener((obs, was, text) -> check());

        getDialogPane().setContent(form());
        setResultConverter(button -> button == APPLY ? values() : null);
        check();
        Platform.runLater(name::requestFocus);
    }

    /** Shows the dialog and waits; empty when the user cancels. */
    Optional<VendorValues> ask() {
        return showAndWait();
    }

    private GridPane form() {
        GridPane grid = FormGrid.of(360);
        int row = 0;
        row = addRow(grid, row, "Name", name, problems.get(VendorRules.Field.NAME));
        row = addRow(grid, row, "Id", id, problems.get(VendorRules.Field.ID));
        row = addRow(grid, row, "Role", role, null);
        row = addRow(grid, row, "Segment", segment, null);
        row = addRow(grid, row, "Description", description, null);
        row = addRow(grid, row, "Tags", tags, null);
        row = addRow(grid, row, "Website", website, problems.get(VendorRules.Field.WEBSITE));
        HBox.setHgrow(logo, Priority.ALWAYS);
        HBox logoRow = new HBox(6, logo, chooseLogo);
        addRow(grid, row, "Logo", logoRow, problems.get(VendorRules.Field.LOGO));
        return grid;
    }

    private int addRow(GridPane grid, int row, String label, Node field, FieldProblem problem) {
        Label caption = new Label(label);
        caption.setLabelFor(field);
        grid.add(caption, 0, row);
        grid.add(field, 1, row);
        if (problem == null) {
            return row + 1;
        }
        grid.add(problem.line(), 1, row + 1);
        return row + 2;
    }

    private void check() {
        Map<VendorRules.Field, String> wrong = VendorRules.check(stack, editing, values());
        problems.forEach((field, problem) -> problem.say(wrong.get(field)));
        getDialogPane().lookupButton(APPLY).setDisable(!wrong.isEmpty());
    }

    private VendorValues values() {
        return new VendorValues(
                id.getText().strip(),
                name.getText(),
                segment.getValue() == null ? null : segment.getValue().getId(),
                role.getText(),
                description.getText(),
                Arrays.stream(tags.getText().split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList(),
                website.getText().strip(),
                logo.getText().strip());
    }
}
