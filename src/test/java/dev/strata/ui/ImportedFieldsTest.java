package dev.strata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.edit.Document;
import dev.strata.edit.Editor;
import dev.strata.file.StackFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The fields a landscape item brings that Strata keeps without knowing them are shown with its vendor. */
@ExtendWith(ApplicationExtension.class)
class ImportedFieldsTest {

    private static final String REPO = "https://github.com/containerd/containerd/blob/main/docs/getting-started.md";

    private static final String STACK = """
            {
              "format": "strata-stack",
              "version": 1,
              "layers": [
                {
                  "id": "runtime",
                  "name": "Runtime",
                  "vendors": [
                    {
                      "id": "containerd",
                      "name": "containerd",
                      "repo_url": "https://github.com/containerd/containerd/blob/main/docs/getting-started.md",
                      "joined": "2017-03-29",
                      "also_in": [ { "category": "Platform", "subcategory": "Runtime" } ]
                    }
                  ]
                }
              ]
            }
            """;

    private final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Path file = Files.writeString(Files.createTempFile("imported", ".stack.json"), STACK);
        StackFiles.Loaded loaded = StackFiles.read(file);
        AppServices services = TestServices.inTempHome(opened::add);
        MainWindow.show(stage, new Editor(new Document(loaded.stack(), file, loaded.fingerprint())), services);
    }

    @Test
    void aVendorsOtherFieldsAreShownAndItsAddressesOpenInTheBrowser(FxRobot robot) {
        robot.clickOn(robot.lookup(".vendor-card").<Node>query());
        Node details = robot.lookup(".details").query();
        assertThat(DrawnText.of(details)).as("a long address wraps, drawn in full")
                .containsSubsequence("More", "repo url", REPO, "joined", "2017-03-29", "also in", "Platform › Runtime");
        robot.clickOn(details.lookupAll(".hyperlink").stream()
                .filter(link -> ((Hyperlink) link).getText().contains("github.com")).findFirst().orElseThrow());
        assertThat(opened).containsExactly(REPO);
    }
}
