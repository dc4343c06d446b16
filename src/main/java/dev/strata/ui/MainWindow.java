package dev.strata.ui;

import dev.strata.edit.Document;
import dev.strata.edit.Editor;
import dev.strata.file.StackFiles;
import dev.strata.model.Layer;
import dev.strata.model.Segment;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.controlsfx.control.BreadCrumbBar;
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
    private final UserSettings settings;
    private final Recovery recovery;
    private final FileActions fileActions;
    private EditActions editActions;
    private Breadcrumbs breadcrumbs;
    private SearchField search;
    private DetailsPane details;
    private SidePanel sidePanel;

    @FXML
    private BorderPane root;
    @FXML
    private MenuBar menuBar;
    @FXML
    private StackView stackView;
    @FXML
    private Label stackTitle;
    @FXML
    private Label stackDescription;
    @FXML
    private Menu openRecentMenu;
    @FXML
    private MenuItem revertItem;
    @FXML
    private Menu segmentsMenu;
    @FXML
    private CheckMenuItem darkThemeItem;
    @FXML
    private CheckMenuItem sidePanelItem;
    @FXML
    private MenuItem undoItem;
    @FXML
    private MenuItem redoItem;
    @FXML
    private Button undoButton;
    @FXML
    private Button redoButton;
    @FXML
    private MenuItem cutItem;
    @FXML
    private MenuItem copyItem;
    @FXML
    private MenuItem pasteItem;
    @FXML
    private MenuItem addVendorItem;
    @FXML
    private MenuItem editVendorItem;
    @FXML
    private MenuItem duplicateItem;
    @FXML
    private MenuItem addLinkItem;
    @FXML
    private MenuItem deleteItem;
    @FXML
    private MenuItem editLayerItem;
    @FXML
    private MenuItem moveLayerUpItem;
    @FXML
    private MenuItem moveLayerDownItem;
    @FXML
    private MenuItem sortVendorsItem;
    @FXML
    private MenuItem deleteLayerItem;
    @FXML
    private MenuItem addSegmentItem;
    @FXML
    private MenuItem addDriverItem;
    @FXML
    private MenuItem addLayerItem;
    @FXML
    private MenuItem stackPropertiesItem;
    @FXML
    private MenuItem expandAllItem;
    @FXML
    private MenuItem collapseAllItem;
    @FXML
    private BreadCrumbBar<Object> breadcrumb;
    @FXML
    private Label matchCount;
    @FXML
    private HBox searchBox;
    @FXML
    private SplitPane split;
    @FXML
    private StatusBar statusBar;

    MainWindow(Editor editor, Stage stage, AppServices services) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.stage = Objects.requireNonNull(stage, "stage");
        this.services = Objects.requireNonNull(services, "services");
        this.recentFiles = new RecentFiles(services.userFiles().recentFiles(), services.work());
        this.settings = new UserSettings(services.userFiles().settings(), services.work());
        this.recovery = new Recovery(services.userFiles().recoveryFolder(), services.work(), services.recoveryDelay());
        this.fileActions = new FileActions(editor, stage, services.fileDialogs(), services.work(), recentFiles,
                () -> Document.untitled(StackFiles.blank()));
    }

    /** Builds the window for {@code editor} in {@code stage} and shows it. */
    public static MainWindow show(Stage stage, Editor editor, AppServices services) {
        ControllerFactory controllers = new ControllerFactory()
                .register(MainWindow.class, () -> new MainWindow(editor, stage, services));
        Views.Loaded<MainWindow> view = Views.load(MainWindow.class, controllers);
        MainWindow window = view.controller();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.root(),
                Math.min(DEFAULT_WIDTH, screen.getWidth() * 0.95),
                Math.min(DEFAULT_HEIGHT, screen.getHeight() * 0.95));
        window.setTheme(window.settings.theme());
        stage.setScene(scene);
        window.restoreWindowPlace();
        AppIcon.applyTo(stage);
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), window::redo);
        // Ctrl+= is what most keyboards type for Ctrl+Plus; the number pad has its own keys
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), window::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), window::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                window::zoomOut);
        stage.setOnCloseRequest(event -> {
            event.consume();
            window.quit();
        });
        stage.show();
        window.stackView.requestFocus();
        return window;
    }

    @FXML
    private void initialize() {
        Selection selection = stackView.getSelection();
        editActions = new EditActions(editor, selection, stage, services.fileDialogs());
        breadcrumbs = new Breadcrumbs(breadcrumb, selection);
        search = new SearchField(matchCount, stackView);
        searchBox.getChildren().add(search.field());
        // a stack without a description (an imported landscape's) leaves no blank line under its title
        stackDescription.managedProperty().bind(stackDescription.textProperty().isNotEmpty());
        stackDescription.visibleProperty().bind(stackDescription.managedProperty());
        details = new DetailsPane(selection, services.openWebsite());
        sidePanel = new SidePanel(split, stackView, details, () -> editor.getDocument().stack(),
                selection.layerProperty(), selection::selectLayer);
        sidePanel.shownProperty().set(settings.sidePanelShown());
        sidePanelItem.selectedProperty().bindBidirectional(sidePanel.shownProperty());
        sidePanel.shownProperty().addListener((obs, was, shown) -> settings.setSidePanelShown(shown));
        stackView.onMoveVendorProperty().set(editActions::move);
        stackView.onMoveLayerProperty().set(editActions::moveLayerTo);
        stackView.onMoveSegmentProperty().set(editActions::moveSegmentTo);
        new StackContextMenus(stackView, new StackContextMenus.Commands(editVendorItem, duplicateItem, addLinkItem,
                deleteItem, cutItem, copyItem, pasteItem, addVendorItem, editLayerItem, addSegmentItem, addDriverItem,
                moveLayerUpItem, moveLayerDownItem, sortVendorsItem, addLayerItem, stackPropertiesItem, expandAllItem, collapseAllItem),
                editActions, services.openWebsite());
        new StackDoubleClicks(stackView, editVendorItem, editLayerItem, editActions);
        stackView.onOpenDetailsProperty().set(sidePanel::showDetails);
        stackView.addEventHandler(ActionEvent.ACTION, event -> AddVendorLink.placeOf(event).ifPresent(place -> {
            event.consume();
            editActions.addVendorTo(place.layer(), place.segment());
        }));
        stackView.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if ((event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) && !event.isShortcutDown()) {
                editActions.delete();
                event.consume();
            } else if (event.getCode() == KeyCode.F2 && stackView.getSelection().getVendor() == null
                    && stackView.getSelection().getLayer() != null) {
                editActions.editLayer(); // F2 edits what is selected; a vendor's is the menu's accelerator
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE && search.clear()) {
                event.consume(); // the selection stays, and is shown where it now is
            }
        });
        selection.layerProperty().addListener(obs -> updateSelectionActions());
        selection.vendorProperty().addListener(obs -> updateSelectionActions());
        selection.vendorsProperty().addListener(obs -> updateSelectionActions());
        editor.documentProperty().addListener((obs, old, document) -> showDocument(document));
        showDocument(editor.getDocument());
        root.setOnDragOver(this::acceptStackFiles);
        root.setOnDragDropped(this::openDroppedFile);
        statusBar.progressProperty().bind(Bindings.when(services.work().busyProperty()).then(-1.0).otherwise(0.0));
        statusBar.getRightItems().addAll(zoomLevel(), cancelWorkButton());
    }

    /** The zoom, while it is not actual size ("72 %"); a click goes back to actual size. */
    private Hyperlink zoomLevel() {
        Hyperlink level = new Hyperlink();
        level.getStyleClass().add("zoom-level");
        level.setFocusTraversable(false);
        level.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(stackView.getZoom() * 100) + " %", stackView.zoomProperty()));
        level.visibleProperty().bind(stackView.zoomProperty().isNotEqualTo(1.0, 1e-9));
        level.managedProperty().bind(level.visibleProperty());
        level.setTooltip(new Tooltip("Actual Size (Ctrl+0)"));
        level.setOnAction(event -> actualSize());
        return level;
    }

    /** Shown while a file is being read: drops the reading, and the document stays as it is. */
    private Button cancelWorkButton() {
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-work");
        cancel.visibleProperty().bind(services.work().cancellableProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(event -> {
            services.work().cancel();
            stackView.requestFocus(); // the button goes away; the stack, not the next field, takes the keys
        });
        return cancel;
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
        stackView.logosProperty().set(FileActions.logosOf(document));
        stackView.setStack(document.stack());
        details.setStack(document.stack());
        sidePanel.refreshInsights();
        breadcrumbs.setStack(document.stack());
        search.apply();
        undoItem.disableProperty().bind(document.history().canUndoProperty().not());
        redoItem.disableProperty().bind(document.history().canRedoProperty().not());
        revertItem.disableProperty().bind(document.pathProperty().isNull());
        undoButton.disableProperty().bind(undoItem.disableProperty());
        redoButton.disableProperty().bind(redoItem.disableProperty());
        undoItem.textProperty().bind(Bindings.concat("_Undo ", document.history().undoDescriptionProperty()));
        redoItem.textProperty().bind(Bindings.concat("_Redo ", document.history().redoDescriptionProperty()));
        document.history().stateProperty().addListener(obs -> {
            if (editor.getDocument() == document) {
                changed(document);
            }
        });
        updateSelectionActions();
        stackTitle.textProperty().bind(document.stack().titleProperty());
        stackDescription.textProperty().bind(document.stack().descriptionProperty());
        document.pathProperty().addListener((obs, was, path) -> {
            if (editor.getDocument() == document) {
                stackView.logosProperty().set(FileActions.logosOf(document));
            }
        });
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> (document.isDirty() ? "*" : "") + document.displayNameProperty().get() + " — " + APP_NAME,
                document.dirtyProperty(), document.displayNameProperty()));
        Selection selection = stackView.getSelection();
        statusBar.textProperty().bind(Bindings.createStringBinding(
                () -> services.work().isBusy() ? services.work().messageProperty().get()
                        : StatusText.of(document, selection),
                services.work().busyProperty(), services.work().messageProperty(), document.dirtyProperty(),
                document.pathProperty(), document.history().stateProperty(),
                selection.layerProperty(), selection.vendorProperty(), selection.vendorsProperty()));
        recovery.watch(document);
    }

    /** After every change (and undo, and redo): selection, details, search and trail follow. */
    private void changed(Document document) {
        stackView.getSelection().revalidate(document.stack());
        details.refresh();
        sidePanel.refreshInsights();
        breadcrumbs.refresh();
        search.apply();
        updateSelectionActions();
    }

    private void updateSelectionActions() {
        Selection selection = stackView.getSelection();
        boolean vendor = selection.getVendor() != null;
        boolean layer = selection.getLayer() != null;
        boolean several = selection.hasSeveral();
        String vendors = several ? StatusText.number(selection.getVendors().size()) + " Vendors" : "Vendor";
        editVendorItem.setDisable(!vendor || several);
        cutItem.setDisable(!vendor);
        copyItem.setDisable(!vendor);
        duplicateItem.setDisable(!vendor);
        duplicateItem.setText("_Duplicate " + vendors);
        addLinkItem.setDisable(!vendor || several);
        deleteItem.setDisable(!layer);
        deleteItem.setText(vendor ? "De_lete " + vendors : "De_lete Layer…");
        editLayerItem.setDisable(!layer);
        deleteLayerItem.setDisable(!layer);
        addSegmentItem.setDisable(!layer);
        addDriverItem.setDisable(!layer);
        segmentsMenu.setDisable(!layer || selection.getLayer().getSegments().isEmpty());
        var layers = editor.getDocument().stack().getLayers();
        moveLayerUpItem.setDisable(!layer || layers.indexOf(selection.getLayer()) == layers.size() - 1);
        moveLayerDownItem.setDisable(!layer || layers.indexOf(selection.getLayer()) == 0);
        sortVendorsItem.setDisable(!layer || selection.getLayer().getVendors().size() < 2);
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
    private void revert() {
        fileActions.revert();
    }

    @FXML
    private void importLandscape() {
        fileActions.importLandscape();
    }

    @FXML
    private void importLandscapeWithMapping() {
        fileActions.importLandscapeWithMapping();
    }

    @FXML
    private void exportPng() {
        fileActions.exportPng(1);
    }

    @FXML
    private void exportPngDouble() {
        fileActions.exportPng(2);
    }

    @FXML
    private void exportSvg() {
        fileActions.exportSvg();
    }

    @FXML
    private void copyPicture() {
        fileActions.copyPicture();
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
            rememberWindowPlace();
            stage.hide();
        });
    }

    private void restoreWindowPlace() {
        settings.windowBounds()
                .filter(bounds -> !Screen.getScreensForRectangle(bounds).isEmpty())
                .ifPresent(bounds -> {
                    stage.setX(bounds.getMinX());
                    stage.setY(bounds.getMinY());
                    stage.setWidth(bounds.getWidth());
                    stage.setHeight(bounds.getHeight());
                });
        stage.setMaximized(settings.windowMaximized());
    }

    private void rememberWindowPlace() {
        if (!stage.isMaximized() && !stage.isIconified()) {
            settings.setWindow(new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()),
                    false);
        } else {
            settings.windowBounds().ifPresent(bounds -> settings.setWindow(bounds, stage.isMaximized()));
        }
    }

    /** Shows the window, and the dialogs it opens from now on, in {@code theme}; remembered. */
    void setTheme(Theme theme) {
        theme.applyTo(root.getScene());
        darkThemeItem.setSelected(theme == Theme.DARK);
        if (settings.theme() != theme) {
            settings.setTheme(theme);
        }
    }

    @FXML
    private void toggleDarkTheme() {
        setTheme(darkThemeItem.isSelected() ? Theme.DARK : Theme.LIGHT);
    }

    @FXML
    void undo() {
        editActions.undo();
    }

    @FXML
    void redo() {
        editActions.redo();
    }

    @FXML
    private void cut() {
        editActions.cut();
    }

    @FXML
    private void copy() {
        editActions.copy();
    }

    @FXML
    private void paste() {
        editActions.paste();
    }

    @FXML
    private void addVendor() {
        editActions.addVendor();
    }

    @FXML
    private void editVendor() {
        editActions.editVendor();
    }

    @FXML
    private void duplicate() {
        editActions.duplicate();
    }

    @FXML
    private void selectAll() {
        stackView.selectAllShown();
    }

    @FXML
    private void addLink() {
        editActions.addLink();
    }

    @FXML
    private void delete() {
        editActions.delete();
    }

    @FXML
    private void addLayer() {
        editActions.addLayer();
    }

    @FXML
    private void editLayer() {
        editActions.editLayer();
    }

    @FXML
    private void editStackProperties() {
        editActions.editStack();
    }

    /** A double click on the stack's title or description edits them, as File › Stack Properties does. */
    @FXML
    private void headingClicked(MouseEvent event) {
        if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
            editActions.editStack();
        }
    }

    @FXML
    private void moveLayerUp() {
        editActions.moveLayer(+1);
    }

    @FXML
    private void deleteLayer() {
        editActions.deleteSelectedLayer();
    }

    @FXML
    private void sortVendors() {
        editActions.sortVendors();
    }

    @FXML
    private void moveLayerDown() {
        editActions.moveLayer(-1);
    }

    @FXML
    private void addSegment() {
        editActions.addSegment();
    }

    @FXML
    private void addDriver() {
        editActions.addDriver();
    }

    /**
     * Lists the selected layer's segments as the Layer menu opens: a menu without items never
     * opens, so the submenu cannot fill itself as it shows.
     */
    @FXML
    private void fillSegmentsMenu() {
        Layer layer = stackView.getSelection().getLayer();
        segmentsMenu.getItems().clear();
        if (layer == null) {
            return;
        }
        boolean stacked = stackView.segmentLanesStacked(layer);
        for (Segment segment : layer.getSegments()) {
            Menu item = new Menu(segment.getName());
            item.getItems().setAll(SegmentItems.of(editActions, layer, segment, stacked));
            item.setMnemonicParsing(false);
            segmentsMenu.getItems().add(item);
        }
    }

    @FXML
    private void find() {
        search.focus();
    }

    @FXML
    void zoomIn() {
        stackView.zoomBy(1);
    }

    @FXML
    void zoomOut() {
        stackView.zoomBy(-1);
    }

    @FXML
    private void actualSize() {
        stackView.setZoom(1);
    }

    @FXML
    private void showInsights() {
        sidePanel.showInsights();
    }

    @FXML
    private void zoomToFit() {
        stackView.zoomToFit();
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
    private void shortcuts() {
        ShortcutsDialog.show(stage, menuBar);
    }

    @FXML
    private void about() {
        AboutDialog.show(stage);
    }
}
