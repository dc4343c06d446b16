package dev.strata.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.strata.edit.Document;
import dev.strata.edit.Editor;
import dev.strata.model.Driver;
import dev.strata.model.DriverKind;
import dev.strata.model.Layer;
import dev.strata.model.Segment;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A band never cuts off its lanes or cards, however narrow the window or many the segments. */
@ExtendWith(ApplicationExtension.class)
class BandLayoutTest {

    private static final String LONG_NAME = "Orchestration, Scheduling and Management";
    /** Too long for the room beside a vendor count of three digits. */
    private static final String LONG_WORD = "Containerization";

    /**
     * "Three lanes": three segments of four vendors; "Two lanes": two segments of one vendor; a
     * layer with a long name and one vendor; "Uneven lanes": one vendor in one segment, nine in
     * the other; "Empty lanes": two segments and no vendors; a layer with a long word in its
     * name and 216 vendors; "Lopsided lanes": three segments of one, one and 25 vendors; "Nothing
     * but a title": no summary, no drivers, one segment of six.
     */
    private static Stack stack() {
        Stack stack = new Stack();
        stack.setTitle("Lanes");
        stack.getLayers().add(layer("three", "Three lanes", 3, 4));
        stack.getLayers().add(layer("two", "Two lanes", 2, 1));
        stack.getLayers().add(layer("long", LONG_NAME, 1, 1));
        Driver driver = new Driver("long-note", "Tool-type apps ahead of social and content platforms");
        driver.setLayer("long");
        driver.setKind(DriverKind.ADOPTION);
        stack.getDrivers().add(driver);
        stack.getLayers().add(moreInSegment(layer("uneven", "Uneven lanes", 2, 1), 1, 8));
        stack.getLayers().add(layer("empty", "Empty lanes", 2, 0));
        stack.getLayers().add(layer("word", LONG_WORD + " Platforms", 2, 108));
        stack.getLayers().add(moreInSegment(layer("lopsided", "Lopsided lanes", 3, 1), 2, 24));
        Layer bare = layer("bare", "Nothing but a title", 1, 6);
        bare.setSummary("");
        stack.getLayers().add(bare);
        return stack;
    }

    /** Adds {@code count} vendors to the layer's segment number {@code segment} (made by {@link #layer}). */
    private static Layer moreInSegment(Layer layer, int segment, int count) {
        for (int v = 1; v <= count; v++) {
            Vendor vendor = new Vendor(layer.getId() + "-" + segment + "-" + v, "Vendor " + segment + "." + v);
            vendor.setSegment(layer.getId() + "-s" + segment);
            layer.getVendors().add(vendor);
        }
        return layer;
    }

    private static Layer layer(String id, String name, int segments, int vendorsEach) {
        Layer layer = new Layer(id, name);
        layer.setSummary("A layer whose summary wraps over a few lines in the band's header.");
        for (int s = 0; s < segments; s++) {
            layer.getSegments().add(new Segment(id + "-s" + s, "Segment " + s));
            for (int v = 0; v < vendorsEach; v++) {
                Vendor vendor = new Vendor(id + "-" + s + "-" + v, "Vendor " + s + "." + v);
                vendor.setRole("What it does");
                vendor.setSegment(id + "-s" + s);
                layer.getVendors().add(vendor);
            }
        }
        return layer;
    }

    @Start
    void start(Stage stage) throws Exception {
        AppServices services = TestServices.inTempHome();
        MainWindow.show(stage, new Editor(Document.untitled(stack())), services);
    }

    /** Moves the divider between the stack and the side panel, as a person drags it. */
    private static void moveDivider(FxRobot robot, double position) {
        SplitPane split = robot.lookup(".main-split").queryAs(SplitPane.class);
        robot.interact(() -> split.setDividerPositions(position));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Bounds inScene(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    /** The layer's band, scrolled into sight (its layer selected, as a click on it does). */
    private static LayerBand band(FxRobot robot, String layerId) {
        LayerBand band = robot.lookup(".layer-band").queryAllAs(LayerBand.class).stream()
                .filter(found -> found.getLayer().getId().equals(layerId)).findFirst().orElseThrow();
        StackView stackView = robot.lookup(".stack-view").queryAs(StackView.class);
        robot.interact(() -> stackView.getSelection().selectLayer(band.getLayer()));
        WaitForAsyncUtils.waitForFxEvents();
        return band;
    }

    private static List<Node> visible(Node band, String selector) {
        return band.lookupAll(selector).stream().filter(Node::isVisible).toList();
    }

    /** Every lane and card of the layer ends inside its band, and the band inside the stack's viewport. */
    private static void assertEverythingInside(FxRobot robot, String layerId) {
        ScrollPane scroller = robot.lookup(".stack-scroller").queryAs(ScrollPane.class);
        Node viewport = scroller.lookup(".viewport");
        LayerBand band = band(robot, layerId);
        assertThat(inScene(band).getMaxX()).as("right edge of " + layerId).isLessThanOrEqualTo(inScene(viewport).getMaxX());
        double inside = inScene(band).getMaxX();
        assertThat(visible(band, ".lane")).isNotEmpty().allSatisfy(lane -> assertThat(inScene(lane).getMaxX())
                .as("right edge of a lane of " + layerId).isLessThanOrEqualTo(inside));
        assertThat(visible(band, ".vendor-card")).isNotEmpty().allSatisfy(card -> assertThat(inScene(card).getMaxX())
                .as("right edge of a card of " + layerId).isLessThanOrEqualTo(inside));
    }

    @Test
    void lanesThatDoNotFitSideBySideStandOneUnderTheOther(FxRobot robot) {
        assertEverythingInside(robot, "three");
        List<Node> lanes = visible(band(robot, "three"), ".lane");
        assertThat(lanes).hasSize(3);
        assertThat(inScene(lanes.get(1)).getMinY()).isGreaterThanOrEqualTo(inScene(lanes.get(0)).getMaxY());
    }

    @Test
    void lanesThatFitStandSideBySideBesideTheHeader(FxRobot robot) {
        LayerBand band = band(robot, "two");
        List<Node> lanes = visible(band, ".lane");
        assertThat(lanes).hasSize(2);
        assertThat(inScene(lanes.get(0)).getMinY()).isEqualTo(inScene(lanes.get(1)).getMinY());
        assertThat(inScene(lanes.get(1)).getMinX()).isGreaterThan(inScene(lanes.get(0)).getMaxX());
        assertThat(inScene(lanes.get(0)).getMinX()).isGreaterThanOrEqualTo(inScene(band.lookup(".header")).getMaxX());
    }

    @Test
    void theSidePanelGivesWayBeforeTheBandsNeedAHorizontalScrollBar(FxRobot robot) {
        moveDivider(robot, 0.0);
        ScrollPane scroller = robot.lookup(".stack-scroller").queryAs(ScrollPane.class);
        double viewport = scroller.getViewportBounds().getWidth();
        assertThat(robot.lookup(".layer-band").queryAllAs(LayerBand.class))
                .allSatisfy(band -> assertThat(band.minWidth(-1)).as(band.getLayer().getId()).isLessThanOrEqualTo(viewport));
        assertEverythingInside(robot, "three");
        assertEverythingInside(robot, "long");

        Labeled title = robot.lookup(".stack-title").queryAs(Labeled.class);
        String longTitle = "The AI industry in four layers, from chips and clouds to the applications people use";
        robot.interact(() -> robot.lookup(".stack-view").queryAs(StackView.class).getStack().setTitle(longTitle));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownText(title)).as("wrapped, not cut").isEqualTo(longTitle);
    }

    @Test
    void inANarrowStackTheHeaderGoesAboveTheCardsAndNothingIsCutOff(FxRobot robot) {
        moveDivider(robot, 0.4);
        assertThat(robot.lookup(".stack-scroller").queryAs(ScrollPane.class).getViewportBounds().getWidth())
                .as("narrower than a header and a card side by side").isLessThan(500);
        for (String layer : List.of("three", "two")) {
            assertEverythingInside(robot, layer);
            LayerBand band = band(robot, layer);
            double headerEnd = inScene(band.lookup(".header")).getMaxY();
            assertThat(visible(band, ".lane")).allSatisfy(lane -> assertThat(inScene(lane).getMinY())
                    .isGreaterThanOrEqualTo(headerEnd));
            assertThat(inScene(visible(band, ".lane").get(0)).getMinY()).as("the header's padding is the gap")
                    .isCloseTo(headerEnd, within(1.0));
        }
        assertThat(band(robot, "empty").lookupAll(".lane-empty .label")).as("each empty segment says so, whole")
                .hasSize(2).allSatisfy(said -> assertThat(shownText((Labeled) said)).isEqualTo("No vendors in this segment"));
        moveDivider(robot, 0.74);
        LayerBand band = band(robot, "two");
        assertThat(visible(band, ".lane")).allSatisfy(lane -> assertThat(inScene(lane).getMinX())
                .isGreaterThanOrEqualTo(inScene(band.lookup(".header")).getMaxX()));
    }

    @Test
    void aLayerWithNothingButATitlePutsItAboveTheCardsWhichGetTheWholeWidth(FxRobot robot) {
        LayerBand band = band(robot, "bare");
        Node header = band.lookup(".header");
        Node lane = visible(band, ".lane").get(0);
        assertThat(inScene(lane).getMinY()).as("under the title").isGreaterThanOrEqualTo(inScene(header).getMaxY() - 1);
        assertThat(inScene(lane).getMinX()).as("from the band's left, not beside a column of nothing")
                .isLessThan(inScene(header.lookup(".name")).getMinX());

        robot.interact(() -> band.getLayer().setSummary("Now the layer has something to say beside its cards."));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inScene(lane).getMinX()).as("beside the header again").isGreaterThanOrEqualTo(inScene(header).getMaxX());
    }

    @Test
    void aLongLayerNameWrapsAndTheVendorCountIsNeverCut(FxRobot robot) {
        LayerBand band = band(robot, "long");
        Labeled name = (Labeled) band.lookup(".header .name");
        Labeled count = (Labeled) band.lookup(".header .count");
        assertThat(shownText(name)).isEqualTo(LONG_NAME);
        assertThat(shownText(count)).isEqualTo("1 vendor");
        assertThat(inScene(name).getHeight()).as("two lines or more").isGreaterThan(1.5 * name.getFont().getSize());
    }

    @Test
    void aLongWordOfALayerNameIsNeverSplitTheCountGoesUnderTheNameInstead(FxRobot robot) {
        LayerBand band = band(robot, "word");
        Labeled name = (Labeled) band.lookup(".header .name");
        Labeled count = (Labeled) band.lookup(".header .count");
        Text word = new Text(LONG_WORD);
        word.setFont(name.getFont());
        assertThat(inScene(name).getWidth()).as("as wide as its longest word")
                .isGreaterThanOrEqualTo(word.getLayoutBounds().getWidth());
        assertThat(shownText(name)).isEqualTo(LONG_WORD + " Platforms");
        assertThat(shownText(count)).isEqualTo("216 vendors");
        assertThat(inScene(count).getMinY()).as("under the name").isGreaterThanOrEqualTo(inScene(name).getMaxY());
        assertThat(inScene(count).getMaxX()).isLessThanOrEqualTo(inScene(band.lookup(".header")).getMaxX());

        Labeled shortName = (Labeled) band(robot, "two").lookup(".header .name");
        Labeled shortCount = (Labeled) band(robot, "two").lookup(".header .count");
        assertThat(inScene(shortCount).getMinX()).as("a short name has its count beside it")
                .isGreaterThan(inScene(shortName).getMaxX());
    }

    @Test
    void aLongDriverWrapsInsideTheHeaderInsteadOfRunningUnderTheCards(FxRobot robot) {
        LayerBand band = band(robot, "long");
        Node header = band.lookup(".header");
        Labeled chip = (Labeled) band.lookup(".driver-chip");
        assertThat(inScene(chip).getMaxX()).as("right edge of the chip").isLessThanOrEqualTo(inScene(header).getMaxX());
        assertThat(visible(band, ".lane")).allSatisfy(lane -> assertThat(inScene(lane).getMinX())
                .as("a lane starts right of the chip").isGreaterThanOrEqualTo(inScene(chip).getMaxX()));
        assertThat(shownText(chip)).as("wrapped, not cut").endsWith("platforms");
        assertThat(inScene(chip).getHeight()).as("two lines or more").isGreaterThan(1.5 * chip.getFont().getSize() + 4);
    }

    /** The text a label draws: its own, or shortened with an ellipsis when it does not fit. */
    private static String shownText(Labeled label) {
        return ((Text) label.lookup(".text")).getText();
    }

    @Test
    void lanesThatWouldMakeTheBandTallerSideBySideStandOneUnderTheOther(FxRobot robot) {
        moveDivider(robot, 0.95);
        List<Node> lanes = visible(band(robot, "lopsided"), ".lane");
        assertThat(lanes).hasSize(3);
        assertThat(inScene(lanes.get(2)).getMinX()).as("room for three lanes of one card side by side")
                .isEqualTo(inScene(lanes.get(0)).getMinX());
        assertThat(inScene(lanes.get(2)).getMinY()).as("the lane of 25 under the others, several cards wide")
                .isGreaterThanOrEqualTo(inScene(lanes.get(1)).getMaxY());
    }

    @Test
    void widthToSpareGoesInColumnsToTheLaneWithTheMostCards(FxRobot robot) {
        moveDivider(robot, 0.95);
        List<Node> lanes = visible(band(robot, "uneven"), ".lane");
        assertThat(lanes).hasSize(2);
        assertThat(inScene(lanes.get(0)).getMinY()).as("side by side").isEqualTo(inScene(lanes.get(1)).getMinY());
        long columns = visible(lanes.get(1), ".vendor-card").stream().map(card -> inScene(card).getMinX()).distinct()
                .count();
        assertThat(columns).isGreaterThanOrEqualTo(2);
        assertThat(inScene(lanes.get(1)).getWidth()).isGreaterThan(inScene(lanes.get(0)).getWidth());
        assertEverythingInside(robot, "uneven");
    }

    @Test
    void emptyingALaneMovesNoOtherLane(FxRobot robot) {
        LayerBand band = band(robot, "two");
        double secondLaneAt = inScene(visible(band, ".lane").get(1)).getMinX();
        Vendor first = band.getLayer().getVendors().get(0);
        robot.interact(() -> first.setSegment("two-s1"));
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> lanes = visible(band, ".lane");
        assertThat(visible(lanes.get(0), ".vendor-card")).as("the first lane is empty now").isEmpty();
        assertThat(inScene(lanes.get(1)).getMinX()).isEqualTo(secondLaneAt);
    }
}
