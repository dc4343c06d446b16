package dev.strata.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import dev.strata.edit.Document;
import dev.strata.edit.Editor;
import dev.strata.edit.SetProperty;
import dev.strata.file.StackFiles;
import dev.strata.model.Vendor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** While there are unsaved changes a recovery copy exists; after a crash the next start offers it. */
@ExtendWith(ApplicationExtension.class)
class RecoveryTest {

    private Path home;
    private Path copy;
    private final FakeFileDialogs dialogs = new FakeFileDialogs();
    private Stage stage;
    private Editor editor;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        this.home = Files.createTempDirectory("strata-home");
        this.copy = new UserFiles(home).recoveryFolder().resolve("unsaved.stack.json");
        this.editor = new Editor(Document.untitled(StackFiles.builtIn()));
        MainWindow.show(stage, editor, services());
    }

    private AppServices services() {
        return new AppServices(new UserFiles(home), dialogs, new BackgroundWork(), Duration.millis(100),
                address -> { });
    }

    private void renameNvidia(FxRobot robot, String name) {
        Document document = editor.getDocument();
        Vendor nvidia = document.stack().findVendor("nvidia").orElseThrow();
        robot.interact(() -> document.history().execute(new SetProperty<>(nvidia.nameProperty(), name, "Rename")));
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void unsavedChangesAreCopiedAndOfferedAfterACrash(FxRobot robot) throws Exception {
        renameNvidia(robot, "Nvidia after crash");
        waitUntil(() -> Files.exists(copy));

        // The process "crashes": the window is never closed. The next start finds the copy.
        Editor next = new Editor(Document.untitled(StackFiles.builtIn()));
        WaitForAsyncUtils.asyncFx(() -> MainWindow.show(new Stage(), next, services()).startWith(Optional.empty()));
        waitUntil(() -> robot.lookup(hasText("Restore")).tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .isEqualTo("Strata did not close properly last time.");
        robot.clickOn(hasText("Restore"));
        waitUntil(() -> next.getDocument().stack().findVendor("nvidia").orElseThrow().getName()
                .equals("Nvidia after crash"));
        assertThat(next.getDocument().isDirty()).isTrue();
    }

    @Test
    void undoingToTheSavedStateRemovesTheCopy(FxRobot robot) throws Exception {
        renameNvidia(robot, "Changed");
        waitUntil(() -> Files.exists(copy));
        robot.interact(() -> editor.getDocument().history().undo());
        waitUntil(() -> !Files.exists(copy));
    }

    @Test
    void savingRemovesTheCopySoThatACrashAfterwardsOffersNothingOlder(FxRobot robot) throws Exception {
        renameNvidia(robot, "Saved");
        waitUntil(() -> Files.exists(copy));
        Path file = home.resolve("saved.stack.json");
        dialogs.willSaveTo(file);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> Files.exists(file) && !editor.getDocument().isDirty());
        waitUntil(() -> !Files.exists(copy));
    }

    @Test
    void aCleanQuitRemovesTheCopy(FxRobot robot) throws Exception {
        renameNvidia(robot, "Changed");
        waitUntil(() -> Files.exists(copy));
        robot.clickOn("File").clickOn("Quit");
        robot.clickOn("Don't Save");
        waitUntil(() -> !stage.isShowing() && !Files.exists(copy));
    }

    @Test
    void discardingTheOfferRemovesTheCopy(FxRobot robot) throws Exception {
        renameNvidia(robot, "Changed");
        waitUntil(() -> Files.exists(copy));
        Editor next = new Editor(Document.untitled(StackFiles.builtIn()));
        WaitForAsyncUtils.asyncFx(() -> MainWindow.show(new Stage(), next, services()).startWith(Optional.empty()));
        waitUntil(() -> robot.lookup(hasText("Discard")).tryQuery().isPresent());
        robot.interact(() -> stage.hide());
        robot.clickOn(hasText("Discard"));
        waitUntil(() -> !Files.exists(copy));
        assertThat(next.getDocument().isDirty()).isFalse();
    }
}
