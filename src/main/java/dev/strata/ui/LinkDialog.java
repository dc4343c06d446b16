package dev.strata.ui;

import dev.strata.edit.StackEdits;
import dev.strata.model.Layer;
import dev.strata.model.Link;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/**
 * Links a vendor to another: how (a kind such as "runs on", picked from those the stack uses or
 * typed) and to which vendor. A link to itself, or one the stack already has, is refused at the
 * fields and OK waits.
 */
final class LinkDialog extends Dialog<LinkDialog.Answer> {

    /** The link the user asked for, as typed. */
    record Answer(Vendor to, String kind) {
    }

    private static final String DEFAULT_KIND = "uses";

    private final ComboBox<String> kind = new ComboBox<>();
    /** Searchable: a landscape has thousands of vendors to pick from. */
    private final SearchableComboBox<Vendor> target = new SearchableComboBox<>();
    private final FieldProblem problem = new FieldProblem("error-link").watchingChoice(target.valueProperty());

    LinkDialog(Window owner, Stack stack, Vendor from) {
        initOwner(owner);
        setTitle("Add Link");
        setHeaderText("Link " + from.getName() + " to another vendor");
        getDialogPane().getButtonTypes().setAll(VendorDialog.APPLY, ButtonType.CANCEL);
        Theme.matchOwner(owner, getDialogPane().getScene());

        TreeSet<String> kinds = new TreeSet<>(List.of(DEFAULT_KIND));
        stack.getLinks().stream().map(Link::getKind).filter(Objects::nonNull)
                .forEach(known -> kinds.add(known.replace('-', ' ')));
        kind.setItems(FXCollections.observableArrayList(kinds));
        kind.setEditable(true);
        kind.setValue(DEFAULT_KIND);
        kind.setId("link-kind");
        // "Azure — Infrastructure", made once: the search asks for every vendor's label on each key
        Map<Vendor, String> labels = new IdentityHashMap<>();
        for (Layer layer : stack.getLayers()) {
            for (Vendor vendor : layer.getVendors()) {
                labels.put(vendor, vendor.getName() + " — " + layer.getName());
            }
        }
        labels.remove(from);
        target.setItems(FXCollections.observableArrayList(labels.keySet().stream()
                .sorted(Comparator.comparing(Vendor::getName, String.CASE_INSENSITIVE_ORDER)).toList()));
        target.setConverter(new StringConverter<>() {
            @Override
            public String toString(Vendor vendor) {
                return vendor == null ? "" : labels.getOrDefault(vendor, vendor.getName());
            }

            @Override
            public Vendor fromString(String text) {
                return null;
            }
        });
        target.setVisibleRowCount(14);
        target.setPromptText("Choose a vendor");
        target.setId("link-target");

        getDialogPane().setContent(form());
        StackEdits edits = new StackEdits(stack);
        Runnable check = () -> {
            Optional<String> wrong = edits.linkProblem(from, target.getValue(), typedKind());
            problem.say(wrong.orElse(null));
            getDialogPane().lookupButton(VendorDialog.APPLY).setDisable(wrong.isPresent());
        };
        kind.getEditor().textProperty().addListener((obs, was, now) -> check.run());
        kind.valueProperty().addListener((obs, was, now) -> check.run());
        target.valueProperty().addListener((obs, was, now) -> check.run());
        setResultConverter(button -> button == VendorDialog.APPLY ? new Answer(target.getValue(), typedKind()) : null);
        check.run();
        Platform.runLater(target::requestFocus);
    }

    /** Shows the dialog and waits; empty when the user cancels. */
    Optional<Answer> ask() {
        return showAndWait();
    }

    /** What the kind field says now, typed or picked. */
    private String typedKind() {
        return kind.getEditor().getText();
    }

    private GridPane form() {
        GridPane grid = FormGrid.of(320);
        kind.setMaxWidth(Double.MAX_VALUE);
        target.setMaxWidth(Double.MAX_VALUE);
        Label kindCaption = new Label("How");
        kindCaption.setLabelFor(kind);
        Label targetCaption = new Label("Vendor");
        targetCaption.setLabelFor(target);
        grid.addRow(0, kindCaption, kind);
        grid.addRow(1, targetCaption, target);
        grid.add(problem.line(), 1, 2);
        return grid;
    }
}
