package dev.strata.ui;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.edit.Document;
import dev.strata.edit.Editor;
import dev.strata.edit.SetProperty;
import dev.strata.file.SafeSave;
import dev.strata.file.StackFiles;
import dev.strata.edit.VendorRules;
import dev.strata.model.Vendor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.Callable;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The File menu as a person uses it: open, save, the unsaved-changes prompt, bad files. */
@ExtendWith(ApplicationExtension.class)
class FileMenuTest {

    private static final Path SAMPLE = Path.of("samples/four-layer-ai-stack.stack.json");

    @TempDir
    Path folder;

    private Stage stage;
    private Editor editor;
    private final BackgroundWork work = new BackgroundWork();
    private final FakeFileDialogs dialogs = new FakeFileDialogs();

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        this.editor = new Editor(Document.untitled(StackFiles.builtIn()));
        AppServices services = new AppServices(new UserFiles(Files.createTempDirectory("strata-home")), dialogs,
                work, Duration.millis(100),
                address -> { });
        MainWindow.show(stage, editor, services);
    }

    /** A plain mouse drag in an earlier test (a selection rectangle) leaves Monocle unable to drop a file. */
    @BeforeEach
    void resetDragState() {
        MonocleDrag.reset();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.listWindows().stream().filter(window -> window != stage && window instanceof Stage)
                .forEach(window -> robot.interact(() -> ((Stage) window).close()));
    }

    private Path copyOfSample(String name) throws IOException {
        return Files.copy(SAMPLE, folder.resolve(name));
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openViaMenu(FxRobot robot, Path file) throws TimeoutException {
        dialogs.willOpen(file);
        robot.clickOn("File").clickOn("Open…");
        waitUntil(() -> file.equals(editor.getDocument().getPath()));
    }

    private void rename(FxRobot robot, String vendorId, String name) {
        Document document = editor.getDocument();
        Vendor vendor = document.stack().findVendor(vendorId).orElseThrow();
        robot.interact(() -> document.history().execute(new SetProperty<>(vendor.nameProperty(), name, "Rename")));
    }

    /** Clicks the open dialog's Cancel, not the status bar's (which cancels reading a file). */
    private static void cancelTheDialog(FxRobot robot) {
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn(pane.lookupButton(javafx.scene.control.ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String dialogText(FxRobot robot) {
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        return pane.getHeaderText() + "\n" + pane.getContentText();
    }

    @Test
    void aLogoIsChosenAmongThePicturesBesideTheStackFileAndShownOnTheCard(FxRobot robot) throws Exception {
        robot.clickOn(OnScreen.card(robot, "OpenAI"));
        robot.type(KeyCode.F2);
        assertThat(robot.lookup("#choose-logo").queryButton().isDisabled()).as("a stack without a file has no folder")
                .isTrue();
        cancelTheDialog(robot);

        Path file = copyOfSample("logos.stack.json");
        Files.createDirectories(folder.resolve("logos"));
        BufferedImage picture = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(picture, "png", folder.resolve("logos/openai.png").toFile());
        openViaMenu(robot, file);
        robot.clickOn(OnScreen.card(robot, "OpenAI"));
        robot.type(KeyCode.F2);
        dialogs.willChooseLogo(folder.resolveSibling("elsewhere.png"));
        robot.clickOn("#choose-logo");
        assertThat(robot.lookup("#error-logo").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#error-logo").queryAs(Label.class).getText()).isEqualTo(VendorRules.LOGO_RULE);
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(VendorDialog.APPLY).isDisabled())
                .isTrue();

        dialogs.willChooseLogo(folder.resolve("logos/openai.png"));
        robot.clickOn("#choose-logo");
        assertThat(dialogs.lastLogoFolder).isEqualTo(folder.toRealPath());
        assertThat(robot.lookup("#vendor-logo").queryTextInputControl().getText()).isEqualTo("logos/openai.png");
        assertThat(robot.lookup("#error-logo").queryAs(Label.class).isVisible()).isFalse();
        robot.clickOn(robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(VendorDialog.APPLY));

        Vendor openai = editor.getDocument().stack().findVendor("openai").orElseThrow();
        assertThat(openai.getLogo()).isEqualTo("logos/openai.png");
        waitUntil(() -> OnScreen.card(robot, "OpenAI").lookupAll(".image-view").stream().anyMatch(Node::isVisible));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(openai.getLogo()).isNull();
    }

    @Test
    void openingAFileViaTheMenuShowsItAndNamesItInTheTitle(FxRobot robot) throws Exception {
        Path file = copyOfSample("four.stack.json");
        openViaMenu(robot, file);
        assertThat(stage.getTitle()).isEqualTo("four.stack.json — Strata");
        assertThat(robot.lookup(".vendor-card").queryAll()).hasSize(5);
        assertThat(editor.getDocument().isDirty()).isFalse();
    }

    @Test
    void aFileThatIsNotThereIsSaidSoWithoutAPlaceInIt(FxRobot robot) throws Exception {
        Document before = editor.getDocument();
        dialogs.willOpen(folder.resolve("moved-away.stack.json"));
        robot.clickOn("File").clickOn("Open…");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(dialogText(robot)).contains("cannot open moved-away.stack.json");
        assertThat(robot.lookup(".problem-list").queryTextInputControl().getText()).isEqualTo("No such file");
        robot.clickOn("OK");
        assertThat(editor.getDocument()).isSameAs(before);
    }

    @Test
    void aBadFileShowsItsProblemsAndLeavesTheOpenDocumentAlone(FxRobot robot) throws Exception {
        Document before = editor.getDocument();
        String titleBefore = stage.getTitle();
        Path bad = Files.writeString(folder.resolve("bad.stack.json"),
                "{\n  \"format\": \"strata-stack\",\n  \"version\": 1,\n  \"layers\": [ { \"id\": \"X\" } ]\n}\n");
        dialogs.willOpen(bad);
        robot.clickOn("File").clickOn("Open…");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(dialogText(robot)).contains("cannot open bad.stack.json: it has 2 problems");
        assertThat(robot.lookup(".problem-list").queryTextInputControl().getText())
                .contains("Line 4, column 23: layers[0].id: \"X\" is not a valid id")
                .contains("Line 4, column 15: layers[0]: missing \"name\"");
        robot.clickOn("OK");
        assertThat(editor.getDocument()).isSameAs(before);
        assertThat(stage.getTitle()).isEqualTo(titleBefore);
    }

    @Test
    void anOpenCanBeCancelledWhileItWaitsOrRunsAndTheDocumentStays(FxRobot robot) throws Exception {
        Document before = editor.getDocument();
        CountDownLatch held = holdTheWorker();
        Path file = copyOfSample("four.stack.json");
        dialogs.willOpen(file);
        robot.clickOn("File").clickOn("Open…");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(statusText(robot)).isEqualTo("Opening four.stack.json…");
        assertThat(robot.lookup("#cancel-work").queryButton().isVisible()).isTrue();

        robot.clickOn("#cancel-work");
        assertThat(robot.lookup("#cancel-work").queryButton().isVisible()).isFalse();
        assertThat(statusText(robot)).doesNotContain("Opening");
        held.countDown();
        waitForTheWorker();
        assertThat(editor.getDocument()).isSameAs(before);
        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("a cancel is no error").isEmpty();
    }

    @Test
    void aSaveCannotBeCancelled(FxRobot robot) throws Exception {
        Path file = copyOfSample("four.stack.json");
        openViaMenu(robot, file);
        rename(robot, "nvidia", "Nvidia Corporation");
        CountDownLatch held = holdTheWorker();
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(statusText(robot)).startsWith("Checking four.stack.json");
        assertThat(robot.lookup("#cancel-work").queryButton().isVisible()).isFalse();
        held.countDown();
        waitUntil(() -> !editor.getDocument().isDirty());
    }

    /** Keeps the one worker thread busy until the latch is let go, so that the next job waits. */
    private CountDownLatch holdTheWorker() {
        CountDownLatch held = new CountDownLatch(1);
        work.execute(() -> {
            try {
                held.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return held;
    }

    private void waitForTheWorker() throws Exception {
        CountDownLatch drained = new CountDownLatch(1);
        work.execute(drained::countDown);
        assertThat(drained.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String statusText(FxRobot robot) {
        return robot.lookup(".status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText();
    }

    @Test
    void theStarMarksUnsavedChangesAndSaveClearsIt(FxRobot robot) throws Exception {
        Path file = copyOfSample("four.stack.json");
        openViaMenu(robot, file);
        rename(robot, "nvidia", "Nvidia Corporation");
        assertThat(stage.getTitle()).isEqualTo("*four.stack.json — Strata");

        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> !editor.getDocument().isDirty());
        assertThat(stage.getTitle()).isEqualTo("four.stack.json — Strata");
        assertThat(Files.readString(file, UTF_8)).contains("\"name\": \"Nvidia Corporation\"");
        assertThat(SafeSave.backupOf(file)).hasSameTextualContentAs(SAMPLE);
    }

    @Test
    void undoingBackToTheSavedStateClearsTheStar(FxRobot robot) throws Exception {
        openViaMenu(robot, copyOfSample("four.stack.json"));
        rename(robot, "nvidia", "Nvidia Corporation");
        assertThat(stage.getTitle()).startsWith("*");
        robot.interact(() -> editor.getDocument().history().undo());
        assertThat(stage.getTitle()).isEqualTo("four.stack.json — Strata");
    }

    @Test
    void quittingWithUnsavedChangesAsksAndCancelKeepsEverything(FxRobot robot) throws Exception {
        rename(robot, "nvidia", "Changed");
        robot.clickOn("File").clickOn("Quit");
        assertThat(dialogText(robot)).contains("Do you want to save the changes you made to "
                + "AI industry — four-layer framework?");
        cancelTheDialog(robot);
        assertThat(stage.isShowing()).isTrue();
        assertThat(editor.getDocument().isDirty()).isTrue();

        robot.clickOn("File").clickOn("Quit");
        robot.clickOn("Don't Save");
        assertThat(stage.isShowing()).isFalse();
    }

    @Test
    void closingTheWindowWithUnsavedChangesAsksFirst(FxRobot robot) throws Exception {
        rename(robot, "nvidia", "Changed");
        WaitForAsyncUtils.asyncFx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(dialogText(robot)).contains("Do you want to save the changes");
        cancelTheDialog(robot);
        assertThat(stage.isShowing()).isTrue();
        assertThat(editor.getDocument().stack().findVendor("nvidia").orElseThrow().getName()).isEqualTo("Changed");
    }

    @Test
    void choosingSaveInThePromptSavesBeforeClosing(FxRobot robot) throws Exception {
        rename(robot, "nvidia", "Changed");
        Path target = folder.resolve("mine.stack.json");
        dialogs.willSaveTo(target);
        robot.clickOn("File").clickOn("Quit");
        robot.clickOn("Save");
        waitUntil(() -> !stage.isShowing());
        assertThat(dialogs.lastSuggestedName).isEqualTo("ai-industry-four-layer-framework.stack.json");
        assertThat(Files.readString(target, UTF_8)).contains("\"name\": \"Changed\"");
    }

    @Test
    void revertToSavedAsksThenGoesBackToTheFileAndCancelKeepsTheChanges(FxRobot robot) throws Exception {
        assertThat(revertItem().isDisable()).as("the built-in stack has no file to go back to").isTrue();
        Path file = copyOfSample("four.stack.json");
        openViaMenu(robot, file);
        assertThat(revertItem().isDisable()).isFalse();
        rename(robot, "nvidia", "Changed");

        robot.clickOn("File").clickOn("Revert to Saved");
        assertThat(dialogText(robot)).contains("Do you want to go back to the saved four.stack.json?");
        cancelTheDialog(robot);
        assertThat(editor.getDocument().stack().findVendor("nvidia").orElseThrow().getName()).isEqualTo("Changed");
        assertThat(editor.getDocument().isDirty()).isTrue();

        Document changed = editor.getDocument();
        robot.clickOn("File").clickOn("Revert to Saved");
        robot.clickOn("Revert");
        waitUntil(() -> editor.getDocument() != changed);
        assertThat(editor.getDocument().stack().findVendor("nvidia").orElseThrow().getName()).isEqualTo("NVIDIA");
        assertThat(editor.getDocument().isDirty()).isFalse();
        assertThat(editor.getDocument().history().canUndoProperty().get()).isFalse();
        assertThat(stage.getTitle()).isEqualTo("four.stack.json — Strata");
        assertThat(file).hasSameTextualContentAs(SAMPLE);
    }

    @Test
    void revertTakesInAChangeMadeElsewhereAndAFileBrokenSinceChangesNothing(FxRobot robot) throws Exception {
        Path file = copyOfSample("shared.stack.json");
        openViaMenu(robot, file);
        Files.writeString(file, Files.readString(file, UTF_8).replace("\"NVIDIA\"", "\"NVIDIA (edited elsewhere)\""), UTF_8);
        Document before = editor.getDocument();
        robot.clickOn("File").clickOn("Revert to Saved");
        waitUntil(() -> editor.getDocument() != before);
        assertThat(editor.getDocument().stack().findVendor("nvidia").orElseThrow().getName())
                .as("no unsaved changes, no question").isEqualTo("NVIDIA (edited elsewhere)");

        rename(robot, "azure", "Mine");
        Files.writeString(file, "{ \"format\": ", UTF_8);
        Document mine = editor.getDocument();
        robot.clickOn("File").clickOn("Revert to Saved");
        robot.clickOn("Revert");
        waitUntil(() -> robot.lookup(".problem-list").tryQuery().isPresent());
        assertThat(dialogText(robot)).contains("cannot open shared.stack.json");
        robot.clickOn("OK");
        assertThat(editor.getDocument()).isSameAs(mine);
        assertThat(mine.isDirty()).isTrue();
        assertThat(mine.stack().findVendor("azure").orElseThrow().getName()).isEqualTo("Mine");
    }

    private javafx.scene.control.MenuItem revertItem() {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) stage.getScene().lookup(".menu-bar");
        return bar.getMenus().get(0).getItems().stream().filter(item -> "Re_vert to Saved".equals(item.getText()))
                .findFirst().orElseThrow();
    }

    @Test
    void saveAsWritesANewFileAndTheWindowFollowsIt(FxRobot robot) throws Exception {
        Path target = folder.resolve("copy.stack.json");
        dialogs.willSaveTo(target);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> target.equals(editor.getDocument().getPath()));
        assertThat(stage.getTitle()).isEqualTo("copy.stack.json — Strata");
        assertThat(target).hasSameTextualContentAs(SAMPLE);
    }

    @Test
    void saveAsksBeforeOverwritingAFileChangedOnDisk(FxRobot robot) throws Exception {
        Path file = copyOfSample("shared.stack.json");
        openViaMenu(robot, file);
        String theirs = Files.readString(file, UTF_8).replace("NVIDIA", "NVIDIA (edited elsewhere)");
        Files.writeString(file, theirs, UTF_8);
        rename(robot, "azure", "Microsoft Azure");

        robot.clickOn("File").clickOn("Save");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(dialogText(robot)).contains("shared.stack.json has changed on disk since you opened it.");
        cancelTheDialog(robot);
        assertThat(Files.readString(file, UTF_8)).isEqualTo(theirs);
        assertThat(editor.getDocument().isDirty()).isTrue();

        robot.clickOn("File").clickOn("Save");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn("Overwrite");
        waitUntil(() -> !editor.getDocument().isDirty());
        assertThat(Files.readString(file, UTF_8)).contains("Microsoft Azure").doesNotContain("edited elsewhere");
        assertThat(Files.readString(SafeSave.backupOf(file), UTF_8)).isEqualTo(theirs);
    }

    @Test
    void aFailedSaveSaysWhyAndKeepsTheDocumentDirty(FxRobot robot) throws Exception {
        Path blocked = Files.createDirectory(folder.resolve("blocked.stack.json"));
        rename(robot, "nvidia", "Changed");
        dialogs.willSaveTo(blocked);
        robot.clickOn("File").clickOn("Save As…");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".problem-list").queryTextInputControl().getText())
                .isEqualTo("Cannot save: a folder of that name is in the way");
        assertThat(robot.lookup(".problem-note").queryLabeled().getText()).as("and that nothing is lost")
                .startsWith("Your changes are still open here, unsaved");
        robot.clickOn("OK");
        assertThat(editor.getDocument().isDirty()).isTrue();
        assertThat(editor.getDocument().getPath()).isNull();
        assertThat(blocked).isEmptyDirectory();
        try (var files = Files.list(folder)) {
            assertThat(files.filter(path -> path.toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void openRecentRemembersFilesAndDropsMissingOnes(FxRobot robot) throws Exception {
        Path kept = copyOfSample("kept.stack.json");
        Path gone = copyOfSample("gone.stack.json");
        openViaMenu(robot, gone);
        openViaMenu(robot, kept);
        Files.delete(gone);
        robot.clickOn("File").clickOn("Open Recent");
        assertThat(robot.lookup(hasText("kept.stack.json")).tryQuery()).isPresent();
        assertThat(robot.lookup(hasText("gone.stack.json")).tryQuery()).isEmpty();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE).press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void copyPicturePutsTheWholeStackOnTheClipboardAtDoubleSize(FxRobot robot) throws Exception {
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu export = (javafx.scene.control.Menu) bar.getMenus().get(0).getItems().stream()
                .filter(item -> "_Export".equals(item.getText())).findFirst().orElseThrow();
        // Submenus do not open reliably under Monocle; the item is fired as a click would.
        robot.interact(() -> export.getItems().stream().filter(item -> "Copy Picture to Clipboard".equals(item.getText()))
                .findFirst().orElseThrow().fire());
        Image copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getImage()).get();
        assertThat(copied).isNotNull();
        assertThat(copied.getWidth()).isEqualTo(2 * StackPicture.WIDTH);
        assertThat(editor.getDocument().isDirty()).isFalse();
    }

    @Test
    void aStackTooTallForOnePictureIsRefusedWithAReasonAndNothingWritten(FxRobot robot) throws Exception {
        dev.strata.model.Stack tall = new dev.strata.model.Stack();
        tall.setTitle("Tall");
        dev.strata.model.Layer layer = new dev.strata.model.Layer("all", "All");
        for (int i = 0; i < 2000; i++) {
            layer.getVendors().add(new Vendor("v" + i, "Vendor " + i));
        }
        tall.getLayers().add(layer);
        Path file = folder.resolve("tall.stack.json");
        Files.write(file, dev.strata.file.StackCodec.write(StackFiles.snapshot(tall)));
        openViaMenu(robot, file);
        Path png = folder.resolve("tall.png");
        dialogs.willSaveTo(png);
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu export = (javafx.scene.control.Menu) bar.getMenus().get(0).getItems().stream()
                .filter(item -> "_Export".equals(item.getText())).findFirst().orElseThrow();
        // fired as a click would, without waiting: the item's action waits in the error dialog it shows
        javafx.application.Platform.runLater(() -> export.getItems().stream()
                .filter(item -> "PNG Image, Double Size…".equals(item.getText())).findFirst().orElseThrow().fire());
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(dialogText(robot)).contains("Strata cannot export tall.png.")
                .contains("more than 100 million; export it as SVG, or at a smaller size.");
        robot.clickOn("OK");
        assertThat(png).doesNotExist();
    }

    @Test
    void exportingFromTheMenuWritesTheWholeStackAsSvg(FxRobot robot) throws Exception {
        Path target = folder.resolve("picture.svg");
        dialogs.willSaveTo(target);
        // Submenus do not open reliably under Monocle; the item is fired as a click would.
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu export = (javafx.scene.control.Menu) bar.getMenus().get(0).getItems().stream()
                .filter(item -> "_Export".equals(item.getText())).findFirst().orElseThrow();
        robot.interact(() -> export.getItems().stream().filter(item -> item.getText().equals("SVG Drawing…"))
                .findFirst().orElseThrow().fire());
        waitUntil(() -> Files.exists(target));
        assertThat(dialogs.lastSuggestedName).isEqualTo("ai-industry-four-layer-framework.svg");
        assertThat(Files.readString(target, UTF_8)).startsWith("<?xml").contains("<g id=\"layer-model\">")
                .contains(">OpenAI</text>");
    }

    @Test
    void importingALandscapeFromTheMenuGivesANewUnsavedStack(FxRobot robot) throws Exception {
        Path yml = Files.writeString(folder.resolve("tiny.yml"), """
                landscape:
                  - category:
                    name: Serving
                    subcategories:
                      - subcategory:
                        name: Inference
                        items:
                          - item:
                            name: vLLM
                            homepage_url: https://vllm.ai
                """, UTF_8);
        dialogs.willOpen(yml);
        robot.interact(() -> importItem("Landscape (landscape.yml)…").fire());
        waitUntil(() -> editor.getDocument().stack().findVendor("vllm").isPresent());
        assertThat(editor.getDocument().isDirty()).isTrue();
        assertThat(editor.getDocument().getPath()).isNull();
        assertThat(stage.getTitle()).isEqualTo("*Landscape: tiny.yml — Strata");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(dialogs.lastSuggestedName).as("named after the landscape file").isEqualTo("tiny.stack.json");
    }

    @Test
    void anImportWithSomethingToSayShowsItsNotesOnceTheStackIsOpen(FxRobot robot) throws Exception {
        Path yml = Files.writeString(folder.resolve("twice.yml"), """
                landscape:
                  - category:
                    name: Serving
                    subcategories:
                      - subcategory:
                        name: Inference
                        items:
                          - item:
                            name: vLLM
                      - subcategory:
                        name: Engines
                        items:
                          - item:
                            name: vLLM
                """, UTF_8);
        dialogs.willOpen(yml);
        robot.interact(() -> importItem("Landscape (landscape.yml)…").fire());
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        javafx.scene.control.DialogPane notes = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(notes.getHeaderText()).isEqualTo("Imported twice.yml: 1 vendor in 1 layer.");
        assertThat(notes.getContentText()).isEqualTo("1 item listed in more than one place was imported once (see also_in)");
        assertThat(editor.getDocument().stack().findVendor("vllm")).as("the stack is open behind the notes").isPresent();
        robot.clickOn("OK");
    }

    @Test
    void importingOntoLayersPlacesTheCategoriesAsTheMappingSaysAndABadMappingChangesNothing(FxRobot robot) throws Exception {
        Path yml = Files.writeString(folder.resolve("ai.yml"), """
                landscape:
                  - category:
                    name: Deep Learning
                    subcategories:
                      - subcategory:
                        name: Frameworks
                        items:
                          - item:
                            name: PyTorch
                """, UTF_8);
        Path broken = Files.writeString(folder.resolve("broken.mapping.json"), "{ \"layers\": [ }", UTF_8);
        dialogs.willOpen(yml).willOpen(broken);
        robot.interact(() -> importItem("Landscape onto Layers (with a mapping)…").fire());
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".problem-list").queryTextInputControl().getText()).startsWith("Line 1, column ");
        robot.clickOn("OK");
        assertThat(editor.getDocument().stack().findVendor("pytorch")).as("the open stack stays as it was").isEmpty();

        dialogs.willOpen(yml).willOpen(Path.of("samples/lfai-ai-layers.mapping.json"));
        robot.interact(() -> importItem("Landscape onto Layers (with a mapping)…").fire());
        waitUntil(() -> editor.getDocument().stack().findVendor("pytorch").isPresent());
        assertThat(editor.getDocument().stack().getLayers()).extracting(layer -> layer.getId())
                .containsExactly("infrastructure", "model", "middleware", "application");
        assertThat(editor.getDocument().stack().layerOf(editor.getDocument().stack().findVendor("pytorch").orElseThrow())
                .orElseThrow().getId()).isEqualTo("model");
    }

    private javafx.scene.control.MenuItem importItem(String text) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) stage.getScene().lookup(".menu-bar");
        javafx.scene.control.Menu imports = (javafx.scene.control.Menu) bar.getMenus().get(0).getItems().stream()
                .filter(item -> "_Import".equals(item.getText())).findFirst().orElseThrow();
        return imports.getItems().stream().filter(item -> text.equals(item.getText())).findFirst().orElseThrow();
    }

    @Test
    void newGivesABlankStackWithTheFourLayers(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo("Untitled stack — Strata");
        assertThat(editor.getDocument().stack().getLayers()).hasSize(4);
        assertThat(robot.lookup(".vendor-card").queryAll()).isEmpty();
    }

    @Test
    void droppingAStackFileOnTheWindowOpensIt(FxRobot robot) throws Exception {
        Path file = copyOfSample("dropped.stack.json");
        Label fileIcon = new Label("dropped.stack.json");
        fileIcon.setOnDragDetected(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putFiles(List.of(file.toFile()));
            fileIcon.startDragAndDrop(TransferMode.COPY).setContent(content);
            event.consume();
        });
        // Monocle has no second application to drag from, so the "file manager" is a label put
        // into the window's heading: the drop still travels the real drag-and-drop path.
        robot.interact(() -> robot.lookup(".stack-heading").queryAs(VBox.class).getChildren().add(fileIcon));
        robot.drag(fileIcon).dropTo(robot.lookup(".layer-band").<Node>query());
        waitUntil(() -> file.equals(editor.getDocument().getPath()));
        assertThat(stage.getTitle()).isEqualTo("dropped.stack.json — Strata");
    }

    private static java.util.function.Predicate<javafx.scene.Node> hasText(String start) {
        return node -> node instanceof javafx.scene.control.Labeled labeled
                && labeled.getText() != null && labeled.getText().startsWith(start);
    }
}
