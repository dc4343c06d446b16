package dev.strata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.edit.Document;
import dev.strata.edit.Editor;
import dev.strata.file.StackFiles;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Selecting a vendor marks the cards of the vendors its links join it to (OpenAI runs on Azure, trains on NVIDIA). */
@ExtendWith(ApplicationExtension.class)
class LinkedCardsTest {

    private Editor editor;

    @Start
    void start(Stage stage) throws Exception {
        editor = new Editor(Document.untitled(StackFiles.builtIn()));
        AppServices services = TestServices.inTempHome();
        MainWindow.show(stage, editor, services);
    }

    @AfterEach
    void closeMenus(FxRobot robot) {
        MonocleMenu.closeAll(robot);
    }

    /** The vendors whose cards are drawn as linked to the selection. */
    private static List<String> linkedCards(FxRobot robot) {
        return robot.lookup(".vendor-card").queryAllAs(VendorCard.class).stream()
                .filter(card -> card.getPseudoClassStates().contains(Pseudo.LINKED))
                .map(card -> card.getVendor().getName()).toList();
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSelectedVendorsLinkedVendorsAreMarkedEitherWayALinkRuns(FxRobot robot) {
        assertThat(linkedCards(robot)).isEmpty();
        robot.clickOn(OnScreen.card(robot, "OpenAI"));
        assertThat(linkedCards(robot)).containsExactlyInAnyOrder("NVIDIA", "Azure");

        robot.clickOn(OnScreen.card(robot, "NVIDIA"));
        assertThat(linkedCards(robot)).as("a link counts from its other end too").containsExactly("OpenAI");

        robot.clickOn(OnScreen.card(robot, "Pinecone"));
        assertThat(linkedCards(robot)).isEmpty();
    }

    @Test
    void removingALinkTakesItsMarkAwayAndUndoBringsItBack(FxRobot robot) {
        MonocleMenu.rightClickOn(robot, OnScreen.card(robot, "NVIDIA"));
        assertThat(linkedCards(robot)).containsExactly("OpenAI");
        MonocleMenu.clickSubmenuItem(robot, "Remove Link", "OpenAI trains on this");
        assertThat(linkedCards(robot)).isEmpty();
        shortcut(robot, KeyCode.Z);
        assertThat(linkedCards(robot)).containsExactly("OpenAI");
    }

    @Test
    void cardsMadeAgainKeepTheMark(FxRobot robot) {
        robot.clickOn(OnScreen.card(robot, "OpenAI"));
        for (int i = 0; i < 4; i++) {
            shortcut(robot, KeyCode.MINUS);
        }
        assertThat(robot.lookup(".vendor-card").queryAll()).as("the overview draws no cards").isEmpty();
        shortcut(robot, KeyCode.DIGIT0);
        assertThat(linkedCards(robot)).containsExactlyInAnyOrder("NVIDIA", "Azure");
    }
}
