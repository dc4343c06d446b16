package dev.strata.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.strata.edit.Document;
import dev.strata.edit.Editor;
import dev.strata.file.StackFiles;
import dev.strata.model.Stack;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View › Fit to Window (Ctrl+9): the whole stack in sight, as large as it can be drawn. */
@ExtendWith(ApplicationExtension.class)
class FitToWindowTest {

    private Editor editor;
    private StackView view;

    @Start
    void start(Stage stage) throws Exception {
        editor = new Editor(Document.untitled(StackFiles.builtIn()));
        AppServices services = TestServices.inTempHome();
        view = MainWindow.show(stage, editor, services).stackView();
    }

    private void open(FxRobot robot, Stack stack) {
        robot.interact(() -> editor.replaceDocument(Document.untitled(stack)));
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static ScrollPane scroller(FxRobot robot) {
        return robot.lookup(".stack-scroller").queryAs(ScrollPane.class);
    }

    /** Whether the stack as drawn is no taller than the part of the window it scrolls in. */
    private static boolean fitsTheHeight(FxRobot robot) {
        ScrollPane scroller = scroller(robot);
        return scroller.getContent().getLayoutBounds().getHeight() <= scroller.getViewportBounds().getHeight() + 0.5;
    }

    /** The cards drawn whose middle is inside the scroll pane's visible part. */
    private static List<VendorCard> cardsInSight(FxRobot robot) {
        Bounds visible = scroller(robot).localToScreen(scroller(robot).getLayoutBounds());
        return robot.lookup(".vendor-card").queryAllAs(VendorCard.class).stream().filter(Node::isVisible)
                .filter(card -> {
                    Bounds drawn = card.localToScreen(card.getLayoutBounds());
                    return visible.contains(drawn.getCenterX(), drawn.getCenterY());
                }).toList();
    }

    @Test
    void aStackThatFitsAtActualSizeIsNotDrawnLarger(FxRobot robot) {
        open(robot, LargeStackTest.generated(1));
        shortcut(robot, KeyCode.MINUS);
        shortcut(robot, KeyCode.DIGIT9);
        assertThat(view.getZoom()).isEqualTo(1.0);
        assertThat(cardsInSight(robot)).hasSize(4);
    }

    @Test
    void aStackWhoseCardsFitZoomedOutShowsEveryCardTheSameFromAnyZoom(FxRobot robot) {
        open(robot, LargeStackTest.generated(12));
        shortcut(robot, KeyCode.DIGIT9);
        double fitted = view.getZoom();
        assertThat(fitted).isBetween(StackView.OVERVIEW_BELOW, 1.0);
        assertThat(fitsTheHeight(robot)).isTrue();
        assertThat(cardsInSight(robot)).as("every card, drawn wider to fit more to a row").hasSize(48);

        for (int i = 0; i < 4; i++) {
            shortcut(robot, KeyCode.MINUS);
        }
        assertThat(view.getZoom()).as("zoomed out to the overview").isLessThan(StackView.OVERVIEW_BELOW);
        shortcut(robot, KeyCode.DIGIT9);
        assertThat(view.getZoom()).as("measured with cards, not as the overview").isCloseTo(fitted, within(1e-9));
        assertThat(cardsInSight(robot)).hasSize(48);
    }

    @Test
    void aStackTooBigForItsCardsIsFittedAsItsOverviewFillingTheWindow(FxRobot robot) {
        open(robot, LargeStackTest.generated(600));
        shortcut(robot, KeyCode.DIGIT9);
        assertThat(view.getZoom()).isLessThan(StackView.OVERVIEW_BELOW)
                .as("as large as the overview can be drawn, not the smallest zoom").isGreaterThan(0.5);
        assertThat(robot.lookup(".vendor-card").queryAll()).isEmpty();
        assertThat(robot.lookup(".layer-band .overview").<Node>queryAll()).hasSize(4).allMatch(Node::isVisible);
        assertThat(fitsTheHeight(robot)).isTrue();
    }

    @Test
    void aLayerChosenInTheOverviewIsShownFromItsTitleBackAtActualSize(FxRobot robot) {
        open(robot, LargeStackTest.generated(600));
        shortcut(robot, KeyCode.DIGIT9);
        LayerBand chosen = OnScreen.band(robot, "Layer 1");
        robot.clickOn(chosen);
        assertThat(view.getSelection().getLayer().getId()).isEqualTo("layer-1");
        shortcut(robot, KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();

        Node title = OnScreen.band(robot, "Layer 1").lookup(".title-row");
        Bounds visible = scroller(robot).localToScreen(scroller(robot).getLayoutBounds());
        Bounds drawn = title.localToScreen(title.getLayoutBounds());
        assertThat(visible.contains(drawn.getCenterX(), drawn.getCenterY()))
                .as("the band's title, not its last cards, taller than the window as the band is").isTrue();
    }
}
