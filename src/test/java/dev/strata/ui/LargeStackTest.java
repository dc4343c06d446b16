package dev.strata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.edit.Document;
import dev.strata.edit.Editor;
import dev.strata.model.Layer;
import dev.strata.model.Segment;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ScrollPane;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** With 10,000 vendors the window makes cards only for the part of the stack in sight. */
@ExtendWith(ApplicationExtension.class)
class LargeStackTest {

    private static final int PER_LAYER = 2500;

    private Stage stage;

    static Stack generated(int perLayer) {
        Stack stack = new Stack();
        stack.setTitle("Generated");
        for (int l = 0; l < 4; l++) {
            Layer layer = new Layer("layer-" + l, "Layer " + l);
            // a header beside the cards, with room to start a rectangle in
            layer.setSummary("Generated layer " + l + ".");
            for (int v = 0; v < perLayer; v++) {
                Vendor vendor = new Vendor("v" + l + "-" + v, "Vendor " + l + "-" + v);
                vendor.setRole("Role " + (v % 17));
                layer.getVendors().add(vendor);
            }
            stack.getLayers().add(layer);
        }
        return stack;
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        AppServices services = TestServices.inTempHome();
        MainWindow.show(stage, new Editor(Document.untitled(generated(PER_LAYER))), services);
    }

    private static int nodes(Node node) {
        int count = 1;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                count += nodes(child);
            }
        }
        return count;
    }

    private static List<VendorCard> cards(FxRobot robot) {
        return robot.lookup(".vendor-card").queryAllAs(VendorCard.class).stream().filter(Node::isVisible).toList();
    }

    private ScrollPane scroller(FxRobot robot) {
        return robot.lookup(".stack-scroller").queryAs(ScrollPane.class);
    }

    @Test
    void tenThousandVendorsMakeCardsOnlyForWhatCanBeSeen(FxRobot robot) {
        assertThat(cards(robot)).isNotEmpty().hasSizeLessThan(200);
        assertThat(robot.lookup(".vendor-card").<Node>queryAll()).as("no hidden cards kept from laying out")
                .allMatch(Node::isVisible);
        assertThat(nodes(stage.getScene().getRoot())).isLessThan(3000);
        Bounds window = scroller(robot).localToScene(scroller(robot).getLayoutBounds());
        long outOfSight = cards(robot).stream()
                .filter(card -> !card.localToScene(card.getBoundsInLocal()).intersects(window)).count();
        // a spare row above and below each lane's visible rows
        assertThat(outOfSight).isLessThan(cards(robot).size() / 2);
    }

    @Test
    void scrollingToTheBottomMakesTheCardsThereWithoutMakingMoreNodes(FxRobot robot) {
        Vendor last = bottomLayer().getVendors().get(PER_LAYER - 1);
        assertThat(cards(robot)).noneMatch(card -> card.getVendor() == last);
        int before = nodes(stage.getScene().getRoot());
        robot.interact(() -> scroller(robot).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cards(robot)).anyMatch(card -> card.getVendor() == last);
        assertThat(nodes(stage.getScene().getRoot())).isLessThan(before * 3 / 2);
    }

    @Test
    void scrollingPutsCardsInPlaceWithoutLayingOutTheWindowAgain(FxRobot robot) {
        ScrollPane scroller = scroller(robot);
        Parent root = stage.getScene().getRoot();
        for (int step = 1; step <= 5; step++) {
            double rows = step * 3 * 68.0; // a few rows of cards: their cards are pointed at other vendors
            boolean[] relaidOut = new boolean[1];
            robot.interact(() -> {
                double scrollable = scroller.getContent().getLayoutBounds().getHeight()
                        - scroller.getViewportBounds().getHeight();
                scroller.setVvalue(rows / scrollable);
                root.applyCss();
                root.layout();
                relaidOut[0] = root.isNeedsLayout();
            });
            assertThat(relaidOut[0]).as("a layout pass after scrolling leaves the window laid out").isFalse();
        }
    }

    @Test
    void theRegionsBetweenTheDocumentAndTheBandsDrawNothingOverTheViewport(FxRobot robot) {
        // the software renderer fills even a transparent background pixel by pixel, on every
        // frame that scrolls the stack
        ScrollPane scroller = scroller(robot);
        robot.clickOn(scroller); // focused, the stack view is styled again
        List<Region> between = List.of(stackView(), scroller, (Region) scroller.lookup(".viewport"),
                (Region) scroller.getContent());
        assertThat(between).allSatisfy(region -> assertThat(region.getBackground())
                .as(region.getStyleClass().toString()).matches(background -> background == null || background.isEmpty()));
    }

    @Test
    void theKeyboardReachesTheLastCardOfABandAndShowsIt(FxRobot robot) {
        Bounds window = scroller(robot).localToScene(scroller(robot).getLayoutBounds());
        robot.clickOn(cardInSight(robot));
        Vendor selected = stackView().getSelection().getVendor();
        Layer layer = stack().getLayers().stream().filter(candidate -> candidate.getVendors().contains(selected))
                .findFirst().orElseThrow();
        robot.type(KeyCode.END);
        Vendor last = layer.getVendors().get(PER_LAYER - 1);
        VendorCard card = cards(robot).stream().filter(candidate -> candidate.getVendor() == last).findFirst()
                .orElseThrow();
        assertThat(card.getPseudoClassStates()).contains(Pseudo.SELECTED);
        assertThat(window.contains(card.localToScene(card.getLayoutBounds()))).as("scrolled into sight").isTrue();
    }

    @Test
    void aSearchShowsOnlyMatchingCardsAndClearingItBringsTheRestBack(FxRobot robot) {
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        robot.interact(() -> search.setText("vendor 2-12"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".match-count").queryAs(Label.class).getText()).isEqualTo("111 of 10,000 vendors");
        assertThat(((javafx.scene.control.Labeled) robot.lookup(".layer-band .header .count").query()).getText())
                .as("large counts in groups of three, as people write them").endsWith(" of 2,500 vendors");
        assertThat(cards(robot)).isNotEmpty().allMatch(card -> card.getVendor().getName().startsWith("Vendor 2-12"));
        for (Node band : robot.lookup(".layer-band").queryAll()) {
            // these bands have no summary: with nothing matching, only their minimum height holds them up
            assertThat(band.lookup(".band-content").getLayoutBounds().getHeight())
                    .as("a band holds its content, not spilling onto the next")
                    .isLessThanOrEqualTo(((LayerBand) band).getHeight());
        }
        robot.interact(search::clear);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cards(robot)).hasSizeLessThan(200)
                .anyMatch(card -> !card.getVendor().getName().startsWith("Vendor 2-12"));
    }

    @Test
    void aLaneGivesOnlyCardsOfItsListedVendorsEvenBeforeItIsLaidOutAgain(FxRobot robot) {
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        List<SegmentLane> lanes = robot.lookup(".lane").queryAllAs(SegmentLane.class).stream().toList();
        List<Vendor> unlisted = new ArrayList<>();
        robot.interact(() -> {
            search.setText("vendor 2-12"); // the lanes' lists change now, their cards at the next layout
            for (SegmentLane lane : lanes) {
                lane.realizedCards().stream().map(VendorCard::getVendor)
                        .filter(vendor -> !lane.vendors().contains(vendor)).forEach(unlisted::add);
            }
        });
        assertThat(unlisted).as("cards of vendors the search left out").isEmpty();
    }

    @Test
    void clearingASearchBringsBackTheCardsItHidRatherThanMakingNewOnes(FxRobot robot) {
        Set<VendorCard> shownBefore = Collections.newSetFromMap(new IdentityHashMap<>());
        shownBefore.addAll(cards(robot));
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        robot.interact(() -> search.setText("vendor 2-12"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(search::clear);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cards(robot)).hasSameSizeAs(shownBefore).allMatch(shownBefore::contains);
    }

    @Test
    void aDragAtTheBottomEdgeScrollsByAFewPixelsNotByAShareOfTheStack(FxRobot robot) {
        ScrollPane scroller = scroller(robot);
        Bounds window = scroller.localToScene(scroller.getLayoutBounds());
        double scrollable = scroller.getContent().getLayoutBounds().getHeight() - scroller.getViewportBounds().getHeight();
        robot.interact(() -> {
            CardDragging dragging = ((StackViewSkin) stackView().getSkin()).dragging();
            dragging.begin(cardInSight(robot));
            dragging.overAt(new Point2D(window.getCenterX(), window.getMaxY() - 4));
            dragging.end();
        });
        assertThat(scroller.getVvalue() * scrollable).isPositive().isLessThan(100);
    }

    @Test
    void aDragThatScrollsItsCardOutOfSightStillMovesTheVendorItStartedWith(FxRobot robot) {
        Bounds window = scroller(robot).localToScene(scroller(robot).getLayoutBounds());
        VendorCard card = cardInSight(robot);
        Vendor dragged = card.getVendor();
        Layer from = stack().layerOf(dragged).orElseThrow();
        assertThat(from.getVendors().indexOf(dragged)).isLessThan(4);
        CardDragging dragging = ((StackViewSkin) stackView().getSkin()).dragging();
        robot.interact(() -> dragging.begin(card));
        for (int i = 0; i < 60; i++) {
            robot.interact(() -> {
                dragging.overAt(new Point2D(window.getCenterX(), window.getMaxY() - 4));
                stage.getScene().getRoot().layout(); // a frame after each drag event, as on screen
            });
        }
        assertThat(card.getVendor()).as("the card was reused for another vendor").isNotSameAs(dragged);
        robot.interact(() -> {
            dragging.dropAt(new Point2D(window.getCenterX(), window.getCenterY()));
            dragging.end();
        });
        // dropped mid-window, rows below where it was: the vendor dragged moved there, no other one
        assertThat(stack().layerOf(dragged)).contains(from);
        assertThat(from.getVendors().indexOf(dragged)).isGreaterThan(10);
        assertThat(from.getVendors()).hasSize(PER_LAYER);
    }

    private StackView stackView() {
        return (StackView) stage.getScene().lookup(".stack-view");
    }

    @Test
    void allTenThousandSelectedShowAsSelectedWhereverTheyScrollAndGoInOneUndoStep(FxRobot robot) {
        robot.clickOn(cardInSight(robot));
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        assertThat(stackView().getSelection().getVendors()).hasSize(4 * PER_LAYER);
        assertThat(cards(robot)).isNotEmpty().allMatch(LargeStackTest::markedSelected);

        robot.interact(() -> scroller(robot).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        Vendor last = bottomLayer().getVendors().get(PER_LAYER - 1);
        assertThat(cards(robot)).as("cards made by the scroll").anyMatch(card -> card.getVendor() == last)
                .allMatch(LargeStackTest::markedSelected);

        robot.type(KeyCode.DELETE);
        assertThat(stack().vendorCount()).isZero();
        assertThat(cards(robot)).isEmpty();
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(stack().vendorCount()).isEqualTo(4 * PER_LAYER);
        assertThat(bottomLayer().getVendors().get(PER_LAYER - 1)).isSameAs(last);
    }

    @Test
    void aRectangleHeldAtTheBottomEdgeScrollsAndTakesInCardsThatWereOutOfSight(FxRobot robot) throws Exception {
        ScrollPane scroller = scroller(robot);
        Bounds viewport = scroller.localToScreen(scroller.getLayoutBounds());
        LayerBand top = robot.lookup(".layer-band").queryAllAs(LayerBand.class).iterator().next();
        Node header = top.lookup(".header");
        Bounds away = header.localToScreen(header.getLayoutBounds());
        Point2D pressAt = new Point2D(away.getMinX() + 20, Math.max(away.getMinY(), viewport.getMinY()) + 60);
        // the lowest card in sight that the rectangle, drawn to the middle of the stack, will cross
        Vendor lastInSight = cards(robot).stream().filter(card -> viewport.contains(card.localToScreen(card.getLayoutBounds())))
                .filter(card -> card.localToScreen(0, 0).getX() < viewport.getCenterX() - 10)
                .max(Comparator.comparingDouble(card -> card.localToScreen(0, 0).getY())).orElseThrow().getVendor();
        robot.moveTo(pressAt).press(MouseButton.PRIMARY);
        try {
            robot.moveTo(new Point2D(viewport.getCenterX(), viewport.getMaxY() - 60));
            robot.moveTo(new Point2D(viewport.getCenterX(), viewport.getMaxY() - 20));
            double rested = scroller.getVvalue();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> scroller.getVvalue() > rested + 0.01);
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            robot.release(MouseButton.PRIMARY);
        }
        Set<Vendor> selected = stackView().getSelection().getVendors();
        List<Vendor> topVendors = top.getLayer().getVendors();
        assertThat(selected).as("the first card of the top band, scrolled out of sight").contains(topVendors.get(0))
                .contains(lastInSight).hasSizeGreaterThan(20);
        assertThat(stack().vendorCount()).as("nothing moved").isEqualTo(4 * PER_LAYER);
    }

    @Test
    void aVendorMovedWithTheKeyboardToTheLayerBelowIsScrolledIntoSight(FxRobot robot) {
        // every vendor below in one of four segments, whose lanes go one under another: the moved
        // one, in none, makes the lane of the rest appear under them
        Layer below = stack().getLayers().get(stack().getLayers().size() - 2);
        robot.interact(() -> {
            for (int s = 0; s < 4; s++) {
                below.getSegments().add(new Segment("s" + s, "Segment " + s));
            }
            for (int v = 0; v < below.getVendors().size(); v++) {
                below.getVendors().get(v).setSegment("s" + v % 4);
            }
        });
        VendorCard card = cardInSight(robot);
        Vendor moved = card.getVendor();
        robot.clickOn(card);
        robot.press(KeyCode.ALT).press(KeyCode.DOWN).release(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack().layerOf(moved)).as("moved a layer down, past the rows of its own")
                .contains(below);
        Bounds window = scroller(robot).localToScene(scroller(robot).getLayoutBounds());
        VendorCard shown = cards(robot).stream().filter(each -> each.getVendor() == moved).findFirst().orElseThrow();
        Bounds place = shown.localToScene(shown.getLayoutBounds());
        assertThat(window.contains(place)).as("in sight").isTrue();
        assertThat(window.getMaxY() - place.getMaxY()).as("room below it for its focus ring").isGreaterThanOrEqualTo(10);
    }

    @Test
    void escInTheStackEndsTheSearchAndShowsTheChosenMatchWhereItNowIs(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("vendor 2-2400");
        robot.type(KeyCode.ENTER);
        Vendor chosen = stack().findVendor("v2-2400").orElseThrow();
        assertThat(stackView().getSelection().getVendor()).isSameAs(chosen);

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#search").queryAs(TextField.class).getText()).isEmpty();
        assertThat(stackView().getSelection().getVendor()).as("the selection stays").isSameAs(chosen);
        Bounds window = scroller(robot).localToScene(scroller(robot).getLayoutBounds());
        VendorCard shown = cards(robot).stream().filter(each -> each.getVendor() == chosen).findFirst().orElseThrow();
        assertThat(window.contains(shown.localToScene(shown.getLayoutBounds()))).as("in sight, far down its band")
                .isTrue();
    }

    private static boolean markedSelected(VendorCard card) {
        return card.getPseudoClassStates().stream().anyMatch(state -> state.getPseudoClassName().equals("selected"));
    }

    private VendorCard cardInSight(FxRobot robot) {
        Bounds window = scroller(robot).localToScene(scroller(robot).getLayoutBounds());
        return cards(robot).stream().filter(card -> window.contains(card.localToScene(card.getLayoutBounds())))
                .findFirst().orElseThrow();
    }

    private Stack stack() {
        return stackView().getStack();
    }

    private Layer bottomLayer() {
        return stack().getLayers().get(0);
    }
}
