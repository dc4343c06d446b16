package dev.strata.ui;

import dev.strata.file.Problem;
import dev.strata.file.StackFileException;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The questions and error messages of file handling, as modal dialogs over the window. */
final class Prompts {

    /** The answer to "save your changes?". */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    static final ButtonType OVERWRITE = new ButtonType("Overwrite", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);
    static final ButtonType REVERT = new ButtonType("Revert", ButtonBar.ButtonData.OK_DONE);

    private final Window owner;

    Prompts(Window owner) {
        this.owner = owner;
    }

    SaveChoice askToSave(String documentName) {
        Alert alert = alert(Alert.AlertType.WARNING, "Save changes",
                "Do you want to save the changes you made to " + documentName + "?",
                "Your changes will be lost if you don't save them.",
                SAVE, DONT_SAVE, ButtonType.CANCEL);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return SaveChoice.CANCEL;
        }
        return answer.get() == SAVE ? SaveChoice.SAVE : SaveChoice.DISCARD;
    }

    boolean confirmOverwriteChangedFile(String fileName) {
        Alert alert = alert(Alert.AlertType.WARNING, "File changed on disk",
                fileName + " has changed on disk since you opened it.",
                "Saving will replace those changes with yours. The replaced version is kept as "
                        + fileName + ".bak.",
                OVERWRITE, ButtonType.CANCEL);
        return alert.showAndWait().filter(answer -> answer == OVERWRITE).isPresent();
    }

    boolean confirmRevert(String fileName) {
        Alert alert = alert(Alert.AlertType.WARNING, "Revert to Saved",
                "Do you want to go back to the saved " + fileName + "?",
                "Your unsaved changes will be lost; Undo cannot bring them back.",
                REVERT, ButtonType.CANCEL);
        return alert.showAndWait().filter(answer -> answer == REVERT).isPresent();
    }

    boolean offerRecovery(String documentName) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Restore unsaved changes",
                "Strata did not close properly last time.",
                "Unsaved changes to " + documentName + " were kept. Restore them?",
                RESTORE, DISCARD);
        return alert.showAndWait().filter(answer -> answer == RESTORE).isPresent();
    }

    void showProblems(String action, StackFileException error) {
        showProblems(action, error, null);
    }

    /** @param note said under the problems (what became of the user's work, what to do), or null */
    void showProblems(String action, StackFileException error, String note) {
        Alert alert = alert(Alert.AlertType.ERROR, action,
                error.problems().size() == 1
                        ? "Strata cannot " + action.toLowerCase(Locale.ROOT) + " " + fileName(error.file()) + "."
                        : "Strata cannot " + action.toLowerCase(Locale.ROOT) + " " + fileName(error.file())
                                + ": it has " + error.problems().size() + " problems.",
                null);
        TextArea details = new TextArea(error.problems().stream().map(Prompts::sentence)
                .collect(Collectors.joining("\n")));
        details.setEditable(false);
        details.setWrapText(true);
        details.getStyleClass().add("problem-list");
        details.setPrefRowCount(Math.min(14, 2 * error.problems().size() + 1));
        if (note == null) {
            alert.getDialogPane().setContent(details);
        } else {
            Label said = new Label(note);
            said.setWrapText(true);
            said.getStyleClass().add("problem-note");
            alert.getDialogPane().setContent(new VBox(8, details, said));
        }
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.setResizable(true);
        alert.showAndWait();
    }

    /**
     * "Line 4, column 23: layers[0].id: …". A problem at the very start that names no place in
     * the JSON is about the whole file (no such file, too large, not JSON at all): it is said
     * without a place, which would say nothing.
     */
    private static String sentence(Problem problem) {
        boolean wholeFile = problem.line() == 1 && problem.column() == 1 && problem.path().isEmpty();
        String text = wholeFile ? problem.describe()
                : "line " + problem.line() + ", column " + problem.column() + ": " + problem.describe();
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    void showError(String title, String header, String detail) {
        alert(Alert.AlertType.ERROR, title, header, detail).showAndWait();
    }

    void showInformation(String title, String header, String detail) {
        alert(Alert.AlertType.INFORMATION, title, header, detail).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String header, String content, ButtonType... buttons) {
        Alert alert = new Alert(type, content == null ? "" : content, buttons);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        Theme.matchOwner(owner, alert.getDialogPane().getScene());
        return alert;
    }

    private static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return slash < 0 ? file : file.substring(slash + 1);
    }
}
