package dev.strata.ui;

import dev.strata.edit.Document;
import dev.strata.edit.Editor;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** The Strata window: menus around the stack of the open document. */
public final class MainWindow {

    static final String APP_NAME = "Strata";
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 860;

    private final Editor editor;
    private final Stage stage;

    @FXML
    private BorderPane root;
    @FXML
    private StackView stackView;
    @FXML
    private Label stackTitle;
    @FXML
    private Label stackDescription;

    MainWindow(Editor editor, Stage stage) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.stage = Objects.requireNonNull(stage, "stage");
    }

    /** Builds the window for {@code editor} in {@code stage} and shows it. */
    public static MainWindow show(Stage stage, Editor editor) {
        ControllerFactory controllers = new ControllerFactory()
                .register(MainWindow.class, () -> new MainWindow(editor, stage));
        Views.Loaded<MainWindow> view = Views.load(MainWindow.class, controllers);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.root(),
                Math.min(DEFAULT_WIDTH, screen.getWidth() * 0.95),
                Math.min(DEFAULT_HEIGHT, screen.getHeight() * 0.95));
        Theme.apply(scene);
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        stage.show();
        return view.controller();
    }

    @FXML
    private void initialize() {
        editor.documentProperty().addListener((obs, old, document) -> showDocument(document));
        showDocument(editor.getDocument());
    }

    private void showDocument(Document document) {
        stackView.setStack(document.stack());
        stackTitle.textProperty().bind(document.stack().titleProperty());
        stackDescription.textProperty().bind(document.stack().descriptionProperty());
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> (document.isDirty() ? "*" : "") + document.displayNameProperty().get() + " — " + APP_NAME,
                document.dirtyProperty(), document.displayNameProperty()));
    }

    /** The view of the stack, for tests and the export of what is shown. */
    public StackView stackView() {
        return stackView;
    }

    @FXML
    private void quit() {
        WindowEvent closing = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
        stage.fireEvent(closing);
        if (!closing.isConsumed()) {
            stage.close();
        }
    }

    @FXML
    private void expandAll() {
        stackView.setAllExpanded(true);
    }

    @FXML
    private void collapseAll() {
        stackView.setAllExpanded(false);
    }

    @FXML
    private void about() {
        AboutDialog.show(stage);
    }
}
