package dev.strata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.edit.Document;
import dev.strata.edit.Editor;
import dev.strata.edit.StackEdits;
import dev.strata.file.StackFiles;
import dev.strata.model.Layer;
import dev.strata.model.Link;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Selecting several vendors with Ctrl, Shift and Ctrl+A, and acting on all of them at once. */
@ExtendWith(ApplicationExtension.class)
class SelectingSeveralTest {

    private Editor editor;
    private StackView view;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        editor = new Editor(Document.untitled(StackFiles.builtIn()));
        AppServices services = TestServices.inTempHome();
        view = MainWindow.show(stage, editor, services).stackView();
        // the whole stack in view, so that every card can be clicked and dragged without scrolling
        stage.setY(0);
        stage.setHeight(1000);
    }

    @BeforeEach
    void resetDragState() {
        MonocleDrag.reset();
    }

    @AfterEach
    void closeMenusAndDialogs(FxRobot robot) {
        robot.listWindows().stream().filter(window -> window != stage)
                .forEach(window -> robot.interact(window::hide));
    }

    private Stack stack() {
        return editor.getDocument().stack();
    }

    private List<String> vendorIds(String layerId) {
        return stack().findLayer(layerId).orElseThrow().getVendors().stream().map(Vendor::getId).toList();
    }

    private List<String> selectedIds() {
        return view.getSelection().getVendors().stream().map(Vendor::getId).toList();
    }

    /** The names of the cards drawn as selected. */
    private List<String> markedCards(FxRobot robot) {
        return robot.lookup(".vendor-card").queryAllAs(VendorCard.class).stream()
                .filter(card -> card.getPseudoClassStates().stream().anyMatch(state -> state.getPseudoClassName().equals("selected")))
                .map(card -> card.getVendor().getName()).sorted().toList();
    }

    private void clickWith(FxRobot robot, KeyCode modifier, String cardName) {
        robot.press(modifier).clickOn(OnScreen.card(robot, cardName)).release(modifier);
    }

    private void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).press(key).release(key).release(KeyCode.CONTROL);
    }

    private String undoDescription() {
        return editor.getDocument().history().undoDescriptionProperty().get();
    }

    private String statusText(FxRobot robot) {
        return robot.lookup(".status-bar").queryAs(StatusBar.class).getText();
    }

    private String details(FxRobot robot) {
        return String.join("\n", robot.lookup(".details").<Node>query().lookupAll("*").stream()
                .filter(Labeled.class::isInstance).map(node -> ((Labeled) node).getText()).toList());
    }

    private MenuItem editMenuItem(FxRobot robot, String text) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(1).getItems().stream()
                .filter(item -> text.equals(item.getText())).findFirst().orElseThrow();
    }

    private static Point2D rightEdgeOf(Node node) {
        Bounds bounds = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(bounds.getMaxX() - 8, bounds.getCenterY());
    }

    @Test
    void ctrlClickAddsAndRemovesCardsAndTheWindowSaysHowManyAreSelected(FxRobot robot) {
        robot.clickOn(OnScreen.card(robot, "OpenAI"));
        clickWith(robot, KeyCode.CONTROL, "NVIDIA");
        clickWith(robot, KeyCode.CONTROL, "Pinecone");

        assertThat(selectedIds()).containsExactly("openai", "nvidia", "pinecone");
        assertThat(view.getSelection().getVendor().getId()).as("the last one clicked leads").isEqualTo("pinecone");
        assertThat(markedCards(robot)).containsExactly("NVIDIA", "OpenAI", "Pinecone");
        assertThat(statusText(robot)).contains("3 vendors selected");
        assertThat(details(robot)).contains("3 vendors selected", "Middleware · 1 vendor", "Model · 1 vendor",
                "Infrastructure · 1 vendor");
        assertThat(editMenuItem(robot, "De_lete 3 Vendors").isDisable()).isFalse();
        assertThat(editMenuItem(robot, "_Edit Vendor…").isDisable()).as("edits one vendor only").isTrue();

        clickWith(robot, KeyCode.CONTROL, "Pinecone");
        assertThat(robot.listWindows()).as("a quick second Ctrl+click is no double click that edits").containsOnly(stage);
        assertThat(selectedIds()).containsExactly("openai", "nvidia");
        assertThat(view.getSelection().getVendor().getId()).isEqualTo("nvidia");
        assertThat(view.getSelection().getLayer().getId()).isEqualTo("infrastructure");
        assertThat(markedCards(robot)).containsExactly("NVIDIA", "OpenAI");

        robot.clickOn(OnScreen.card(robot, "OpenAI"));
        assertThat(selectedIds()).as("a plain click selects one card again").containsExactly("openai");
        assertThat(markedCards(robot)).containsExactly("OpenAI");
        assertThat(editMenuItem(robot, "_Edit Vendor…").isDisable()).isFalse();
    }

    @Test
    void aRectangleDrawnFromAnEmptyPlaceSelectsTheCardsItTouches(FxRobot robot) {
        Bounds pinecone = inScreen(OnScreen.card(robot, "Pinecone"));
        Bounds scale = inScreen(OnScreen.card(robot, "Scale AI"));
        Point2D empty = new Point2D(pinecone.getMaxX() + 60, pinecone.getMaxY() + 10);
        robot.moveTo(empty).press(MouseButton.PRIMARY).moveTo(new Point2D(pinecone.getCenterX(), pinecone.getCenterY()));
        assertThat(selectedIds()).containsExactly("pinecone");
        assertThat(robot.lookup(".marquee").<Node>query().isVisible()).isTrue();

        robot.moveTo(new Point2D(scale.getCenterX(), scale.getCenterY()));
        assertThat(selectedIds()).containsExactlyInAnyOrder("scale-ai", "pinecone");
        robot.moveTo(new Point2D(empty.getX() - 5, empty.getY() - 5));
        assertThat(selectedIds()).as("back off the cards: the band pressed").isEmpty();
        assertThat(view.getSelection().getLayer().getId()).isEqualTo("middleware");

        robot.moveTo(new Point2D(scale.getCenterX(), scale.getCenterY())).release(MouseButton.PRIMARY);
        assertThat(selectedIds()).containsExactlyInAnyOrder("scale-ai", "pinecone");
        assertThat(robot.lookup(".marquee").<Node>query().isVisible()).isFalse();
        assertThat(vendorIds("middleware")).as("nothing moved").containsExactly("scale-ai", "pinecone");
    }

    @Test
    void escapeTakesTheRectangleAwayWithWhatItSelected(FxRobot robot) {
        robot.clickOn(OnScreen.card(robot, "OpenAI"));
        Bounds pinecone = inScreen(OnScreen.card(robot, "Pinecone"));
        robot.moveTo(new Point2D(pinecone.getMaxX() + 60, pinecone.getCenterY())).press(KeyCode.CONTROL)
                .press(MouseButton.PRIMARY).moveTo(new Point2D(pinecone.getCenterX(), pinecone.getCenterY()));
        assertThat(selectedIds()).containsExactly("openai", "pinecone");
        robot.release(KeyCode.CONTROL).press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(selectedIds()).containsExactly("openai");
        assertThat(robot.lookup(".marquee").<Node>query().isVisible()).isFalse();

        robot.moveTo(new Point2D(pinecone.getMinX() + 10, pinecone.getCenterY())).release(MouseButton.PRIMARY);
        assertThat(selectedIds()).as("the rest of that drag draws nothing").containsExactly("openai");
    }

    @Test
    void aRectangleDrawnWithCtrlAddsToTheSelection(FxRobot robot) {
        robot.clickOn(OnScreen.card(robot, "OpenAI"));
        Bounds pinecone = inScreen(OnScreen.card(robot, "Pinecone"));
        Point2D empty = new Point2D(pinecone.getMaxX() + 60, pinecone.getCenterY());
        robot.moveTo(empty).press(KeyCode.CONTROL).press(MouseButton.PRIMARY)
                .moveTo(new Point2D(pinecone.getCenterX(), pinecone.getCenterY()));
        assertThat(selectedIds()).containsExactly("openai", "pinecone");
        robot.moveTo(new Point2D(empty.getX() - 5, empty.getY() + 5));
        assertThat(selectedIds()).as("off the card again").containsExactly("openai");
        assertThat(view.getSelection().getVendor().getId()).as("the lead is one of them").isEqualTo("openai");
        robot.moveTo(new Point2D(pinecone.getCenterX(), pinecone.getCenterY()))
                .release(MouseButton.PRIMARY).release(KeyCode.CONTROL);
        assertThat(selectedIds()).containsExactly("openai", "pinecone");
    }

    @Test
    void aSelectedCardHasAsMuchRoomForItsTextAsAnUnselectedOne(FxRobot robot) {
        VendorCard scale = OnScreen.card(robot, "Scale AI");
        assertThat(scale.cutsText()).as("\"Data for training and evals\" fits").isFalse();
        robot.clickOn(scale);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scale.cutsText()).as("the thicker edge of a selected card takes no room from its text").isFalse();
    }

    private static Bounds inScreen(Node node) {
        return node.localToScreen(node.getBoundsInLocal());
    }

    @Test
    void shiftClickSelectsTheCardsFromTheAnchorAsTheyAreDrawn(FxRobot robot) {
        robot.clickOn(OnScreen.card(robot, "Pinecone"));
        clickWith(robot, KeyCode.SHIFT, "NVIDIA");
        assertThat(selectedIds()).containsExactly("pinecone", "openai", "nvidia");

        clickWith(robot, KeyCode.SHIFT, "Scale AI");
        assertThat(selectedIds()).as("the anchor stays at Pinecone").containsExactly("scale-ai", "pinecone");
        robot.press(KeyCode.CONTROL).press(KeyCode.SHIFT).clickOn(OnScreen.card(robot, "Azure"))
                .release(KeyCode.SHIFT).release(KeyCode.CONTROL);
        assertThat(selectedIds()).as("Ctrl+Shift adds the range from the anchor")
                .containsExactlyInAnyOrder("scale-ai", "pinecone", "openai", "nvidia", "azure");
    }

    @Test
    void shiftWithTheArrowKeysExtendsTheSelection(FxRobot robot) {
        robot.clickOn(OnScreen.card(robot, "Scale AI"));
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        assertThat(selectedIds()).containsExactly("scale-ai", "pinecone", "openai");
        assertThat(view.getSelection().getVendor().getId()).isEqualTo("openai");
    }

    @Test
    void draggingOneOfSeveralSelectedCardsMovesThemAllInOneStep(FxRobot robot) {
        robot.clickOn(OnScreen.card(robot, "NVIDIA"));
        clickWith(robot, KeyCode.CONTROL, "Pinecone");
        robot.drag(OnScreen.card(robot, "NVIDIA")).moveTo(rightEdgeOf(OnScreen.card(robot, "OpenAI"))).drop();

        assertThat(vendorIds("model")).containsExactly("openai", "pinecone", "nvidia");
        assertThat(vendorIds("middleware")).containsExactly("scale-ai");
        assertThat(vendorIds("infrastructure")).containsExactly("azure");
        assertThat(DrawnCards.names(OnScreen.band(robot, "Model"))).containsExactly("OpenAI", "Pinecone", "NVIDIA");
        assertThat(selectedIds()).as("they stay selected").containsExactlyInAnyOrder("nvidia", "pinecone");
        assertThat(undoDescription()).isEqualTo("Move 2 vendors to Model");

        shortcut(robot, KeyCode.Z);
        assertThat(vendorIds("model")).containsExactly("openai");
        assertThat(vendorIds("middleware")).containsExactly("scale-ai", "pinecone");
        assertThat(vendorIds("infrastructure")).containsExactly("nvidia", "azure");
    }

    @Test
    void everyCardOfADragOfSeveralIsFadedUntilTheDragEnds(FxRobot robot) {
        robot.clickOn(OnScreen.card(robot, "NVIDIA"));
        clickWith(robot, KeyCode.CONTROL, "Scale AI");
        VendorCard nvidia = OnScreen.card(robot, "NVIDIA");
        VendorCard scale = OnScreen.card(robot, "Scale AI");
        robot.drag(nvidia).moveTo(rightEdgeOf(OnScreen.card(robot, "OpenAI")));
        try {
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(scale.getOpacity()).as("the card that comes along").isLessThan(1);
            assertThat(nvidia.getOpacity()).isLessThan(1);
            assertThat(OnScreen.card(robot, "Azure").getOpacity()).as("a card left alone").isEqualTo(1);
        } finally {
            robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
            robot.drop();
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(OnScreen.card(robot, "Scale AI").getOpacity()).isEqualTo(1);
        assertThat(OnScreen.card(robot, "NVIDIA").getOpacity()).isEqualTo(1);
        assertThat(vendorIds("middleware")).as("Esc changed nothing").containsExactly("scale-ai", "pinecone");
    }

    @Test
    void aDragOfSeveralCardsCarriesTheirCountOnThePictureUnderThePointer(FxRobot robot) throws Exception {
        robot.clickOn(OnScreen.card(robot, "NVIDIA"));
        clickWith(robot, KeyCode.CONTROL, "Azure");
        VendorCard card = OnScreen.card(robot, "NVIDIA");
        Image alone = WaitForAsyncUtils.asyncFx(() -> DragImage.of(card, 1)).get();
        Image withOthers = WaitForAsyncUtils.asyncFx(() -> DragImage.of(card, 2)).get();

        assertThat(withOthers.getWidth()).isEqualTo(alone.getWidth());
        assertThat(withOthers.getHeight()).isEqualTo(alone.getHeight());
        // the badge, in the selection colour, fills the top right corner; the card alone has only its border there
        assertThat(selectionColouredInTopRight(withOthers)).isGreaterThan(selectionColouredInTopRight(alone) + 100);
    }

    private static int selectionColouredInTopRight(Image image) {
        Color selection = Color.web("#2f64d6");
        int count = 0;
        for (int x = (int) image.getWidth() - 30; x < image.getWidth(); x++) {
            for (int y = 0; y < 24; y++) {
                Color pixel = image.getPixelReader().getColor(x, y);
                if (Math.abs(pixel.getRed() - selection.getRed()) + Math.abs(pixel.getGreen() - selection.getGreen())
                        + Math.abs(pixel.getBlue() - selection.getBlue()) < 0.1 && pixel.getOpacity() > 0.9) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void deleteRemovesEverySelectedVendorAndTheirLinksInOneStep(FxRobot robot) {
        robot.clickOn(OnScreen.card(robot, "NVIDIA"));
        clickWith(robot, KeyCode.CONTROL, "Azure");
        robot.type(KeyCode.DELETE);

        assertThat(vendorIds("infrastructure")).isEmpty();
        assertThat(stack().getLinks()).isEmpty();
        assertThat(view.getSelection().getVendor()).isNull();
        assertThat(view.getSelection().getLayer().getId()).isEqualTo("infrastructure");
        assertThat(undoDescription()).isEqualTo("Delete 2 vendors");
        shortcut(robot, KeyCode.Z);
        assertThat(vendorIds("infrastructure")).containsExactly("nvidia", "azure");
        assertThat(stack().getLinks()).hasSize(2);
    }

    @Test
    void undoSelectsWhatItBringsBackAndRedoWhatTheStepLeftSelected(FxRobot robot) {
        robot.clickOn(OnScreen.card(robot, "NVIDIA"));
        clickWith(robot, KeyCode.CONTROL, "Azure");
        robot.type(KeyCode.DELETE);
        robot.clickOn(OnScreen.card(robot, "OpenAI"));

        shortcut(robot, KeyCode.Z);
        assertThat(selectedIds()).as("the vendors the undo brought back").containsExactly("nvidia", "azure");
        assertThat(markedCards(robot)).containsExactly("Azure", "NVIDIA");
        assertThat(view.getSelection().getVendor().getId()).isEqualTo("azure");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(vendorIds("infrastructure")).isEmpty();
        assertThat(view.getSelection().getVendor()).as("as the delete left it: its layer").isNull();
        assertThat(view.getSelection().getLayer().getId()).isEqualTo("infrastructure");
    }

    @Test
    void severalCopiedVendorsPasteTogetherWithTheLinksAmongThemAndStaySelected(FxRobot robot) {
        robot.clickOn(OnScreen.card(robot, "OpenAI"));
        clickWith(robot, KeyCode.CONTROL, "NVIDIA");
        shortcut(robot, KeyCode.C);
        robot.clickOn(OnScreen.band(robot, "Middleware").lookup(".summary"));
        shortcut(robot, KeyCode.V);

        assertThat(vendorIds("middleware")).containsExactly("scale-ai", "pinecone", "openai-2", "nvidia-2");
        assertThat(stack().getLinks()).extracting(link -> link.getFrom() + ">" + link.getTo())
                .containsExactly("openai>azure", "openai>nvidia", "openai-2>nvidia-2");
        assertThat(selectedIds()).containsExactly("openai-2", "nvidia-2");
        assertThat(undoDescription()).isEqualTo("Paste 2 vendors");
        shortcut(robot, KeyCode.Z);
        assertThat(vendorIds("middleware")).containsExactly("scale-ai", "pinecone");
        assertThat(stack().getLinks()).extracting(Link::getTo).containsExactly("azure", "nvidia");
    }

    @Test
    void ctrlASelectsTheCardsShownAndInTheSearchFieldItsText(FxRobot robot) {
        robot.clickOn(OnScreen.card(robot, "OpenAI"));
        shortcut(robot, KeyCode.A);
        assertThat(selectedIds()).containsExactly("scale-ai", "pinecone", "openai", "nvidia", "azure");
        assertThat(view.getSelection().getVendor().getId()).as("the lead stays").isEqualTo("openai");

        shortcut(robot, KeyCode.F);
        robot.write("pine");
        shortcut(robot, KeyCode.A);
        assertThat(robot.lookup(".search-field").queryTextInputControl().getSelectedText()).isEqualTo("pine");
        assertThat(selectedIds()).as("the field took the keys").hasSize(5);

        robot.interact(view::requestFocus);
        shortcut(robot, KeyCode.A);
        assertThat(selectedIds()).as("only the matches are shown").containsExactly("pinecone");
    }

    @Test
    void altDownMovesEverySelectedVendorToTheLayerBelow(FxRobot robot) {
        robot.clickOn(OnScreen.card(robot, "Scale AI"));
        clickWith(robot, KeyCode.CONTROL, "Pinecone");
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);

        assertThat(vendorIds("model")).containsExactly("openai", "scale-ai", "pinecone");
        assertThat(vendorIds("middleware")).isEmpty();
        assertThat(selectedIds()).containsExactlyInAnyOrder("scale-ai", "pinecone");
        assertThat(view.getSelection().getLayer().getId()).isEqualTo("model");
    }

    @Test
    void altLeftAndRightMoveTheSelectedCardsOfALanePastTheirNeighbour(FxRobot robot) {
        Layer middleware = stack().findLayer("middleware").orElseThrow();
        robot.interact(() -> editor.getDocument().history().execute(
                new StackEdits(stack()).addVendor(middleware, new Vendor("weaviate", "Weaviate"), 2)));
        robot.clickOn(OnScreen.card(robot, "Scale AI"));
        clickWith(robot, KeyCode.CONTROL, "Pinecone");

        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        assertThat(vendorIds("middleware")).containsExactly("weaviate", "scale-ai", "pinecone");
        assertThat(selectedIds()).containsExactlyInAnyOrder("scale-ai", "pinecone");
        assertThat(undoDescription()).isEqualTo("Reorder 2 vendors");
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).type(KeyCode.LEFT).release(KeyCode.ALT);
        assertThat(vendorIds("middleware")).as("the second Left finds no neighbour").containsExactly("scale-ai", "pinecone", "weaviate");

        robot.clickOn(OnScreen.card(robot, "NVIDIA"));
        clickWith(robot, KeyCode.CONTROL, "Azure");
        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        assertThat(vendorIds("infrastructure")).as("in two lanes: nothing moves").containsExactly("nvidia", "azure");
    }

    @Test
    void theCardMenuMovesAndDuplicatesEverySelectedVendor(FxRobot robot) {
        robot.clickOn(OnScreen.card(robot, "NVIDIA"));
        clickWith(robot, KeyCode.CONTROL, "Azure");
        MonocleMenu.rightClickOn(robot, OnScreen.card(robot, "Azure"));
        assertThat(selectedIds()).as("a right click keeps the selection").containsExactly("nvidia", "azure");
        assertThat(robot.listWindows().stream().filter(ContextMenu.class::isInstance)
                .map(ContextMenu.class::cast).flatMap(menu -> menu.getItems().stream())
                .filter(item -> "_Edit Vendor…".equals(item.getText()))).singleElement()
                .satisfies(item -> assertThat(item.isDisable()).as("Edit Vendor waits for one vendor").isTrue());
        MonocleMenu.clickSubmenuItem(robot, "Move to Layer", "Application");

        assertThat(vendorIds("application")).containsExactly("nvidia", "azure");
        assertThat(vendorIds("infrastructure")).isEmpty();

        shortcut(robot, KeyCode.D);
        assertThat(vendorIds("application")).containsExactly("nvidia", "nvidia-copy", "azure", "azure-copy");
        assertThat(selectedIds()).containsExactly("nvidia-copy", "azure-copy");
        assertThat(undoDescription()).isEqualTo("Duplicate 2 vendors");
    }
}
