package dev.strata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** {@code strata FILE}: the app starts on the file named on its command line. */
class StrataAppTest {

    @TempDir
    Path folder;

    private Application app;

    private Stage start(String... args) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(StrataApp.class, args);
        return stage;
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private static String mainTitle(FxRobot robot) {
        return robot.listWindows().stream().filter(Stage.class::isInstance).map(window -> ((Stage) window).getTitle())
                .filter(title -> title != null && title.endsWith("— Strata")).findFirst().orElse("");
    }

    @Test
    void opensTheFileGivenOnTheCommandLine() throws Exception {
        Path file = Files.copy(Path.of("samples/four-layer-ai-stack.stack.json"), folder.resolve("given.stack.json"));
        start(file.toString());
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> mainTitle(robot).equals("given.stack.json — Strata"));
    }

    @Test
    void aBadFileOnTheCommandLineIsReportedAndTheBuiltInStackShown() throws Exception {
        Path file = Files.writeString(folder.resolve("broken.stack.json"), "not json");
        start(file.toString());
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".problem-list").tryQuery().isPresent());
        assertThat(robot.lookup(".problem-list").queryTextInputControl().getText())
                .startsWith("Malformed JSON");
        robot.clickOn(hasText("OK"));
        assertThat(mainTitle(robot)).isEqualTo("AI industry — four-layer framework — Strata");
        assertThat(robot.listWindows()).filteredOn(Window::isShowing).hasSize(1);
    }
}
