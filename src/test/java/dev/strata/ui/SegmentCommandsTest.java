package dev.strata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.edit.Document;
import dev.strata.edit.Editor;
import dev.strata.file.StackFiles;
import dev.strata.model.Layer;
import dev.strata.model.Segment;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A segment's commands where a person looks for them: a right click on its title, the menu
 * bar's Layer › Segments, a double click on its title to rename it.
 */
@ExtendWith(ApplicationExtension.class)
class SegmentCommandsTest {

    private Editor editor;

    @Start
    void start(Stage stage) throws Exception {
        editor = new Editor(Document.untitled(StackFiles.builtIn()));
        AppServices services = TestServices.inTempHome();
        MainWindow.show(stage, editor, services);
    }

    @BeforeEach
    void resetDragState() {
        MonocleDrag.reset();
    }

    @AfterEach
    void closeMenus(FxRobot robot) {
        MonocleMenu.closeAll(robot);
    }

    private Stack stack() {
        return editor.getDocument().stack();
    }

    private Layer infrastructure() {
        return stack().findLayer("infrastructure").orElseThrow();
    }

    private String lastStep() {
        return editor.getDocument().history().undoDescriptionProperty().get();
    }

    /** The title drawn for the segment named {@code name} in the Infrastructure band. */
    private static Label title(FxRobot robot, String name) {
        return OnScreen.band(robot, "Infrastructure").lookupAll(".lane-title").stream().map(Label.class::cast)
                .filter(label -> label.isVisible() && label.getText().equals(name)).findFirst().orElseThrow();
    }

    /** The titles of the Infrastructure band's lanes, left to right. */
    private static List<String> laneTitles(FxRobot robot) {
        return OnScreen.band(robot, "Infrastructure").lookupAll(".lane").stream().filter(Node::isVisible)
                .map(lane -> ((Label) lane.lookup(".lane-title")).getText()).toList();
    }

    private static void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    }

    /** Replaces the text of the name dialog on screen and presses OK. */
    private static void answerName(FxRobot robot, String name) {
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn(pane.lookup(".text-field"));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(name);
        robot.clickOn(robot.from(pane).lookup(".button").match(LabeledMatchers.hasText("OK")).<Node>query());
    }

    @Test
    void aRightClickOnASegmentsTitleOffersTheSegmentsCommands(FxRobot robot) {
        MonocleMenu.rightClickOn(robot, title(robot, "Hardware"));
        assertThat(MonocleMenu.shownItems(robot)).containsExactly("Add Vendor…", "Rename Segment…", "---", "Move Segment Left",
                "Move Segment Right", "---", "Delete Segment");
        assertThat(MonocleMenu.shownMenuItem(robot, "Move Segment Left").isDisable()).as("the first segment").isTrue();

        MonocleMenu.clickItem(robot, "Move Segment Right");
        assertThat(infrastructure().getSegments()).extracting(Segment::getName).containsExactly("Cloud", "Hardware");
        assertThat(laneTitles(robot)).containsExactly("Cloud", "Hardware");
        assertThat(lastStep()).isEqualTo("Move segment Hardware");

        undo(robot);
        assertThat(laneTitles(robot)).containsExactly("Hardware", "Cloud");
    }

    @Test
    void deleteSegmentKeepsItsVendorsInTheLayerWithoutASegmentUntilUndone(FxRobot robot) {
        MonocleMenu.rightClickOn(robot, title(robot, "Cloud"));
        MonocleMenu.clickItem(robot, "Delete Segment");
        Vendor azure = stack().findVendor("azure").orElseThrow();
        assertThat(infrastructure().getSegments()).extracting(Segment::getName).containsExactly("Hardware");
        assertThat(infrastructure().getVendors()).contains(azure);
        assertThat(azure.getSegment()).isNull();
        assertThat(laneTitles(robot)).containsExactly("Hardware", "No segment");
        assertThat(DrawnCards.names(OnScreen.band(robot, "Infrastructure"))).contains("Azure");
        assertThat(lastStep()).isEqualTo("Delete segment Cloud");

        undo(robot);
        assertThat(azure.getSegment()).isEqualTo("cloud");
        assertThat(laneTitles(robot)).containsExactly("Hardware", "Cloud");
    }

    @Test
    void aDoubleClickOnASegmentsTitleRenamesIt(FxRobot robot) {
        robot.doubleClickOn(title(robot, "Cloud"));
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText())
                .isEqualTo("Rename the Cloud segment");
        answerName(robot, "Hyperscalers");
        assertThat(infrastructure().getSegments()).extracting(Segment::getName).containsExactly("Hardware", "Hyperscalers");
        assertThat(laneTitles(robot)).containsExactly("Hardware", "Hyperscalers");
        assertThat(lastStep()).isEqualTo("Rename Cloud to Hyperscalers");
        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("no layer dialog after it").isEmpty();
    }

    @Test
    void addVendorOnASegmentsTitlePutsTheNewVendorInThatSegment(FxRobot robot) {
        MonocleMenu.rightClickOn(robot, title(robot, "Cloud"));
        MonocleMenu.clickItem(robot, "Add Vendor…");
        assertThat(robot.lookup("#vendor-segment").queryComboBox().getSelectionModel().getSelectedItem())
                .extracting(segment -> ((Segment) segment).getName()).isEqualTo("Cloud");
        robot.clickOn("#vendor-name").write("Google Cloud");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText("OK")).<Node>query());
        Vendor added = stack().findVendor("google-cloud").orElseThrow();
        assertThat(infrastructure().getVendors()).contains(added);
        assertThat(added.getSegment()).isEqualTo("cloud");
    }

    @Test
    void theLayerMenusSegmentsOpensOnEachSegmentsCommands(FxRobot robot) {
        robot.clickOn(title(robot, "Cloud"));
        MonocleMenu.clickMenuBarItem(robot, "Layer", "Segments");
        MonocleMenu.clickSubmenuItem(robot, "Hardware", "Rename Segment…");
        answerName(robot, "Accelerators");
        assertThat(laneTitles(robot)).containsExactly("Accelerators", "Cloud");
    }

    /** The title drawn for the segment named {@code name} in the Application band, at the top of the window. */
    private static Label applicationTitle(FxRobot robot, String name) {
        return OnScreen.band(robot, "Application").lookupAll(".lane-title").stream().map(Label.class::cast)
                .filter(label -> label.isVisible() && label.getText().equals(name)).findFirst().orElseThrow();
    }

    private List<String> applicationSegments() {
        return stack().findLayer("application").orElseThrow().getSegments().stream().map(Segment::getName).toList();
    }

    @Test
    void draggingASegmentsTitlePastTheNextLaneMovesItThereAsOneUndoStep(FxRobot robot) {
        Node b2c = applicationTitle(robot, "B2C").getParent();
        Bounds lane = b2c.localToScreen(b2c.getLayoutBounds());
        robot.drag(applicationTitle(robot, "B2B")).moveTo(new Point2D(lane.getMaxX() - 10, lane.getCenterY()));
        Node marker = robot.lookup(".segment-drop-marker").query();
        try {
            assertThat(marker.isVisible()).as("a line shows where the segment will go").isTrue();
            Bounds line = marker.localToScreen(marker.getLayoutBounds());
            assertThat(line.getHeight()).as("upright, between lanes side by side").isGreaterThan(line.getWidth());
            assertThat(line.getMinX()).isGreaterThanOrEqualTo(lane.getMaxX());
            assertThat(robot.lookup(".marquee").<Node>query().isVisible()).as("no selection rectangle").isFalse();
        } finally {
            robot.drop();
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(applicationSegments()).containsExactly("B2C", "B2B");
        assertThat(applicationTitle(robot, "B2C").localToScreen(0, 0).getX()).as("drawn first")
                .isLessThan(applicationTitle(robot, "B2B").localToScreen(0, 0).getX());
        assertThat(marker.isVisible()).isFalse();
        assertThat(lastStep()).isEqualTo("Move segment B2B");
        undo(robot);
        assertThat(applicationSegments()).containsExactly("B2B", "B2C");
    }

    @Test
    void aSegmentDroppedOnItselfOrOnAnotherBandStaysWhereItIs(FxRobot robot) {
        robot.drag(applicationTitle(robot, "B2C")).moveBy(30, 30);
        assertThat(robot.lookup(".segment-drop-marker").<Node>query().isVisible()).isFalse();
        robot.drop();
        robot.drag(applicationTitle(robot, "B2C")).moveTo(OnScreen.band(robot, "Middleware").lookup(".summary"));
        assertThat(robot.lookup(".segment-drop-marker").<Node>query().isVisible()).as("only its own band takes it")
                .isFalse();
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(applicationSegments()).containsExactly("B2B", "B2C");
        assertThat(editor.getDocument().isDirty()).isFalse();
    }

    /** One layer of five segments, a vendor in each: more segments than stand side by side. */
    private static Stack fiveSegments() {
        Stack stack = new Stack();
        stack.setTitle("Tools");
        Layer tools = new Layer("tools", "Tools");
        for (int i = 1; i <= 5; i++) {
            tools.getSegments().add(new Segment("s" + i, "Segment " + i));
            Vendor vendor = new Vendor("v" + i, "Vendor " + i);
            vendor.setSegment("s" + i);
            tools.getVendors().add(vendor);
        }
        stack.getLayers().add(tools);
        return stack;
    }

    private Label toolsTitle(FxRobot robot, String name) {
        return OnScreen.band(robot, "Tools").lookupAll(".lane-title").stream().map(Label.class::cast)
                .filter(label -> label.isVisible() && label.getText().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void lanesOneUnderAnotherMoveUpAndDownAndAreMarkedAcross(FxRobot robot) {
        robot.interact(() -> editor.replaceDocument(Document.untitled(fiveSegments())));
        MonocleMenu.rightClickOn(robot, toolsTitle(robot, "Segment 2"));
        assertThat(MonocleMenu.shownItems(robot)).contains("Move Segment Up", "Move Segment Down")
                .doesNotContain("Move Segment Left");
        MonocleMenu.clickItem(robot, "Move Segment Up");
        Layer tools = stack().getLayers().get(0);
        assertThat(tools.getSegments()).extracting(Segment::getName).startsWith("Segment 2", "Segment 1");

        Node third = toolsTitle(robot, "Segment 3").getParent();
        Bounds lane = third.localToScreen(third.getLayoutBounds());
        robot.drag(toolsTitle(robot, "Segment 2")).moveTo(new Point2D(lane.getCenterX(), lane.getMaxY() - 5));
        Node marker = robot.lookup(".segment-drop-marker").query();
        try {
            Bounds line = marker.localToScreen(marker.getLayoutBounds());
            assertThat(marker.isVisible()).isTrue();
            assertThat(line.getWidth()).as("across, between lanes one under another").isGreaterThan(line.getHeight());
            assertThat(line.getMinY()).isGreaterThanOrEqualTo(lane.getMaxY());
        } finally {
            robot.drop();
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tools.getSegments()).extracting(Segment::getName)
                .containsExactly("Segment 1", "Segment 3", "Segment 2", "Segment 4", "Segment 5");
    }
}
