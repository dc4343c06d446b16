package dev.strata.ui;

import dev.strata.edit.VendorRules;
import dev.strata.model.Ids;
import dev.strata.model.Source;
import dev.strata.model.Stack;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * File › Stack Properties: the stack's title and description, and its source, the article or
 * report its content comes from (title, author, web address). A blank title or an address that
 * is not http(s) is said under its field once the user has been at it, and OK waits until it
 * is mended.
 */
final class StackPropertiesDialog extends Dialog<StackPropertiesDialog.Answer> {

    /** What the user confirmed, as typed. */
    record Answer(String title, String description, String sourceTitle, String sourceAuthor, String sourceUrl) {
    }

    private final TextField title = field("properties-name");
    private final TextArea description = new TextArea();
    private final TextField sourceTitle = field("source-title");
    private final TextField sourceAuthor = field("source-author");
    private final TextField sourceUrl = field("source-url");
    private final FieldProblem titleProblem = new FieldProblem("error-properties-name").watching(title);
    private final FieldProblem urlProblem = new FieldProblem("error-source-url").watching(sourceUrl);

    StackPropertiesDialog(Window owner, Stack stack) {
        initOwner(owner);
        setTitle("Stack Properties");
        setHeaderText("Title, description and source of this stack");
        getDialogPane().getStyleClass().add("stack-properties-dialog");
        getDialogPane().getButtonTypes().setAll(VendorDialog.APPLY, ButtonType.CANCEL);
        Theme.matchOwner(owner, getDialogPane().getScene());

        Source source = stack.getSource();
        title.setText(stack.getTitle());
        description.setId("properties-text");
        description.setText(stack.getDescription());
        description.setPrefRowCount(4);
        description.setWrapText(true);
        if (source != null) {
            sourceTitle.setText(source.title());
            sourceAuthor.setText(source.author());
            sourceUrl.setText(source.url());
        }
        sourceUrl.setPromptText("https://…");
        getDialogPane().setContent(form());

        title.textProperty().addListener((obs, was, now) -> check());
        sourceUrl.textProperty().addListener((obs, was, now) -> check());
        setResultConverter(button -> button == VendorDialog.APPLY ? new Answer(title.getText(), description.getText(),
                sourceTitle.getText(), sourceAuthor.getText(), sourceUrl.getText()) : null);
        check();
        Platform.runLater(title::requestFocus);
    }

    /** Shows the dialog and waits; empty when the user cancels. */
    Optional<Answer> ask() {
        return showAndWait();
    }

    private GridPane form() {
        GridPane grid = FormGrid.of(420);
        Label sourceHeading = new Label("Source");
        sourceHeading.getStyleClass().add("form-heading");
        grid.addRow(0, caption("Title", title), title);
        grid.add(titleProblem.line(), 1, 1);
        grid.addRow(2, caption("Description", description), description);
        grid.add(sourceHeading, 0, 3, 2, 1);
        grid.addRow(4, caption("Title", sourceTitle), sourceTitle);
        grid.addRow(5, caption("Author", sourceAuthor), sourceAuthor);
        grid.addRow(6, caption("Address", sourceUrl), sourceUrl);
        grid.add(urlProblem.line(), 1, 7);
        return grid;
    }

    private void check() {
        boolean blankTitle = title.getText().isBlank();
        String url = sourceUrl.getText();
        boolean badUrl = url != null && !url.isBlank() && !Ids.isWebAddress(url);
        titleProblem.say(blankTitle ? "A stack needs a title." : null);
        urlProblem.say(badUrl ? VendorRules.WEB_ADDRESS_RULE : null);
        getDialogPane().lookupButton(VendorDialog.APPLY).setDisable(blankTitle || badUrl);
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    private static Label caption(String text, Node field) {
        Label caption = new Label(text);
        caption.setLabelFor(field);
        return caption;
    }
}
