package dev.strata.ui;

import dev.strata.edit.Document;
import dev.strata.edit.Editor;
import dev.strata.file.StackFiles;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;

/** The Strata window: menus and status around the stack of the open document. */
public final class MainWindow {

    static final String APP_NAME = "Strata";
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 860;

    private final Editor editor;
    private final Stage stage;
    private final AppServices services;
    private final RecentFiles recentFiles;
    private final Recovery recovery;
    private final FileActions fileActions;

    @FXML
    private BorderPane root;
    @FXML
    private StackView stackView;
    @FXML
    private Label stackTitle;
    @FXML
    private Label stackDescription;
    @FXML
    private Menu openRecentMenu;
    @FXML
    private StatusBar statusBar;

    MainWindow(Editor editor, Stage stage, AppServices services) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.stage = Objects.requireNonNull(stage, "stage");
        this.services = Objects.requireNonNull(services, "services");
        this.recentFiles = new RecentFiles(services.userFiles().recentFiles(), services.work());
        this.recovery = new Recovery(services.userFiles().recoveryFolder(), services.work(), services.recoveryDelay());
        this.fileActions = new FileActions(editor, stage, services.fileDialogs(), services.work(), recentFiles,
                () -> Document.untitled(StackFiles.blank()));
    }

    /** Builds the window for {@code editor} in {@code stage} and shows it. */
    public static MainWindow show(Stage stage, Editor editor, AppServices services) {
        ControllerFactory controllers = new ControllerFactory()
                .register(MainWindow.class, () -> new MainWindow(editor, stage, services));
        Views.Loaded<MainWindow> view = Views.load(MainWindow.class, controllers);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.root(),
                Math.min(DEFAULT_WIDTH, screen.getWidth() * 0.95),
                Math.min(DEFAULT_HEIGHT, screen.getHeight() * 0.95));
        Theme.apply(scene);
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        stage.setOnCloseRequest(event -> {
            event.consume();
            view.controller().quit();
        });
        stage.show();
        return view.controller();
    }

    @FXML
    private void initialize() {
        editor.documentProperty().addListener((obs, old, document) -> showDocument(document));
        showDocument(editor.getDocument());
        root.setOnDragOver(this::acceptStackFiles);
        root.setOnDragDropped(this::openDroppedFile);
        statusBar.progressProperty().bind(Bindings.when(services.work().busyProperty()).then(-1.0).otherwise(0.0));
    }

    /**
     * What happens right after the window first shows: restore a recovery copy left by a crash,
     * if there is one and the user wants it; otherwise open {@code file}, if given.
     */
    public void startWith(Optional<Path> file) {
        Optional<Recovery.Copy> copy = recovery.find();
        if (copy.isPresent()) {
            Recovery.Copy found = copy.get();
            String name = found.originalFile() == null ? found.document().displayNameProperty().get()
                    : found.originalFile().getFileName().toString();
            if (new Prompts(stage).offerRecovery(name)) {
                editor.replaceDocument(found.document());
                return;
            }
            recovery.discard();
        }
        file.ifPresent(fileActions::open);
    }

    private void showDocument(Document document) {
        stackView.setStack(document.stack());
        stackTitle.textProperty().bind(document.stack().titleProperty());
        stackDescription.textProperty().bind(document.stack().descriptionProperty());
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> (document.isDirty() ? "*" : "") + document.displayNameProperty().get() + " — " + APP_NAME,
                document.dirtyProperty(), document.displayNameProperty()));
        statusBar.textProperty().bind(Bindings.createStringBinding(
                () -> services.work().isBusy() ? services.work().messageProperty().get() : StatusText.of(document),
                services.work().busyProperty(), services.work().messageProperty(), document.dirtyProperty(),
                document.pathProperty(), document.history().stateProperty()));
        recovery.watch(document);
    }

    /** The view of the stack, for tests and the export of what is shown. */
    public StackView stackView() {
        return stackView;
    }

    private void acceptStackFiles(DragEvent event) {
        if (event.getDragboard().hasFiles() && droppedStackFile(event.getDragboard().getFiles()).isPresent()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void openDroppedFile(DragEvent event) {
        Optional<Path> file = event.getDragboard().hasFiles()
                ? droppedStackFile(event.getDragboard().getFiles())
                : Optional.empty();
        event.setDropCompleted(file.isPresent());
        event.consume();
        file.ifPresent(fileActions::open);
    }

    private static Optional<Path> droppedStackFile(List<File> files) {
        return files.size() == 1 && files.get(0).getName().endsWith(".json")
                ? Optional.of(files.get(0).toPath())
                : Optional.empty();
    }

    @FXML
    private void newDocument() {
        fileActions.newDocument();
    }

    @FXML
    private void open() {
        fileActions.open();
    }

    @FXML
    private void fillRecentMenu() {
        List<Path> files = recentFiles.existing();
        if (files.isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            openRecentMenu.getItems().setAll(none);
            return;
        }
        openRecentMenu.getItems().clear();
        for (Path file : files) {
            MenuItem item = new MenuItem(file.getFileName() + "  —  " + file.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> fileActions.open(file));
            openRecentMenu.getItems().add(item);
        }
        MenuItem clear = new MenuItem("Clear Menu");
        clear.setOnAction(event -> recentFiles.clear());
        openRecentMenu.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    @FXML
    private void save() {
        fileActions.save();
    }

    @FXML
    private void saveAs() {
        fileActions.saveAs();
    }

    @FXML
    private void close() {
        fileActions.close();
    }

    /** Closes the window, once unsaved changes are saved or knowingly dropped. */
    @FXML
    void quit() {
        fileActions.whenSafeToDiscard(() -> {
            recovery.discard();
            stage.hide();
        });
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
