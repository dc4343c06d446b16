package dev.strata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.edit.Document;
import dev.strata.edit.Editor;
import dev.strata.edit.StackEdits;
import dev.strata.file.StackFiles;
import dev.strata.model.Layer;
import dev.strata.model.Segment;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderStroke;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.BreadCrumbBar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** Clicking through the layers and rearranging the stack with the mouse, as a person would. */
@ExtendWith(ApplicationExtension.class)
class StackInteractionTest {

    @TempDir
    static Path folder;

    private Path file;
    private Editor editor;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        file = Files.copy(Path.of("samples/four-layer-ai-stack.stack.json"),
                Files.createTempFile(folder, "stack", ".stack.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        StackFiles.Loaded loaded = StackFiles.read(file);
        editor = new Editor(new Document(loaded.stack(), file, loaded.fingerprint()));
        AppServices services = new AppServices(new UserFiles(Files.createTempDirectory(folder, "home")),
                new FakeFileDialogs(), new BackgroundWork(), Duration.seconds(30), address -> { });
        MainWindow.show(stage, editor, services);
        // the whole stack in view, so that every card can be dragged without scrolling
        stage.setY(0);
        stage.setHeight(1000);
    }

    @BeforeEach
    void resetDragState() {
        MonocleDrag.reset();
    }

    private Stack stack() {
        return editor.getDocument().stack();
    }

    private Layer layer(String id) {
        return stack().findLayer(id).orElseThrow();
    }

    private List<String> vendorIds(String layerId) {
        return layer(layerId).getVendors().stream().map(Vendor::getId).toList();
    }

    private List<String> cardNames(LayerBand band) {
        return DrawnCards.names(band);
    }

    private String details(FxRobot robot) {
        return String.join("\n", robot.lookup(".details").<Node>query().lookupAll("*").stream()
                .filter(Labeled.class::isInstance).map(node -> ((Labeled) node).getText()).toList());
    }

    private List<String> breadcrumb(FxRobot robot) {
        BreadCrumbBar<?> bar = robot.lookup(".breadcrumb").queryAs(BreadCrumbBar.class);
        return bar.lookupAll(".button").stream().map(node -> ((Labeled) node).getText()).toList();
    }

    private static Point2D rightEdgeOf(Node node) {
        Bounds bounds = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(bounds.getMaxX() - 8, bounds.getCenterY());
    }

    private static Point2D leftEdgeOf(Node node) {
        Bounds bounds = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(bounds.getMinX() + 8, bounds.getCenterY());
    }

    @Test
    void anEditThatOnlyChangesCountsKeepsTheDetailsAndAStructuralOneRebuildsThem(FxRobot robot) {
        Node details = robot.lookup(".details").query();
        List<Node> shown = List.copyOf(((Parent) details).getChildrenUnmodifiable());
        assertThat(details(robot)).contains("STACK", "Model · 1 vendor", "Infrastructure · 2 vendors");
        StackEdits edits = new StackEdits(stack());
        Vendor nvidia = stack().findVendor("nvidia").orElseThrow();

        robot.interact(() -> editor.getDocument().history().execute(edits.moveVendorToNeighbourLayer(nvidia, 1)));
        assertThat(details(robot)).contains("Model · 2 vendors", "Infrastructure · 1 vendor");
        assertThat(((Parent) details).getChildrenUnmodifiable()).as("the same nodes, their texts bound")
                .containsExactlyElementsOf(shown);

        robot.interact(() -> editor.getDocument().history().execute(edits.addLayer(edits.newLayer("Agents"), 4)));
        assertThat(details(robot)).contains("Agents · 0 vendors", "Model · 2 vendors");
        robot.interact(() -> editor.getDocument().history().undo());
        assertThat(details(robot)).doesNotContain("Agents");
    }

    @Test
    void aLayersDetailsListItsVendorsAsTheBandDrawsThemLaneByLane(FxRobot robot) {
        Layer infrastructure = layer("infrastructure");
        robot.interact(() -> infrastructure.getVendors().setAll(List.of(infrastructure.getVendors().get(1),
                infrastructure.getVendors().get(0)))); // Azure (Cloud) before NVIDIA (Hardware) in the file
        robot.clickOn(OnScreen.band(robot, "Infrastructure").lookup(".summary"));
        assertThat(robot.lookup(".details .hyperlink").queryAllAs(Hyperlink.class)).extracting(Hyperlink::getText)
                .containsSubsequence("NVIDIA", "Azure");
    }

    @Test
    void clickingABandAndACardShowsThemInTheDetailsAndTheBreadcrumb(FxRobot robot) {
        robot.clickOn(OnScreen.band(robot, "Model").lookup(".summary"));
        assertThat(stackSelection().getLayer()).isEqualTo(layer("model"));
        assertThat(OnScreen.band(robot, "Model").getPseudoClassStates()).anyMatch(state -> state.getPseudoClassName().equals("selected"));
        assertThat(details(robot)).contains("LAYER", "Model", "Model breakthroughs", "OpenAI");
        assertThat(breadcrumb(robot)).containsExactly("AI industry — four-layer framework", "Model");

        robot.clickOn(OnScreen.card(robot, "NVIDIA"));
        assertThat(stackSelection().getVendor().getId()).isEqualTo("nvidia");
        assertThat(OnScreen.card(robot, "NVIDIA").getPseudoClassStates()).anyMatch(state -> state.getPseudoClassName().equals("selected"));
        assertThat(details(robot)).contains("VENDOR", "NVIDIA", "GPUs", "Hardware", "gpu", "https://www.nvidia.com")
                .contains("Advances in NVIDIA GPUs");
        assertThat(breadcrumb(robot)).containsExactly("AI industry — four-layer framework", "Infrastructure", "NVIDIA");

        robot.clickOn(robot.lookup(".breadcrumb .button").nth(1).<Node>query());
        assertThat(stackSelection().getVendor()).isNull();
        assertThat(stackSelection().getLayer()).isEqualTo(layer("infrastructure"));
    }

    @Test
    void clickingALayerOrVendorListedInTheDetailsSelectsItAndTheFocusStaysThere(FxRobot robot) {
        assertThat(stackSelection().getLayer()).isNull();
        Hyperlink model = robot.lookup(".details .layer-link").queryAllAs(Hyperlink.class).stream()
                .filter(link -> link.getText().equals("Model · 1 vendor")).findFirst().orElseThrow();
        robot.clickOn(model);
        assertThat(stackSelection().getLayer()).isEqualTo(layer("model"));
        assertThat(details(robot)).contains("LAYER", "Model breakthroughs");
        assertThat(breadcrumb(robot)).containsExactly("AI industry — four-layer framework", "Model");
        Node details = robot.lookup(".details-pane").query();
        assertThat(stage.getScene().getFocusOwner()).as("the focus stays in the details, not thrown to the search field")
                .isSameAs(details);

        robot.clickOn(robot.lookup(".details .vendor-link").queryAs(Hyperlink.class));
        assertThat(stackSelection().getVendor()).isEqualTo(stack().findVendor("openai").orElseThrow());
        assertThat(stage.getScene().getFocusOwner()).isSameAs(details);
    }

    private Selection stackSelection() {
        return stage.getScene().getRoot().lookup(".stack-view") instanceof StackView view ? view.getSelection() : null;
    }

    @Test
    void draggingNvidiaToTheModelLayerMovesItOnScreenInTheModelAndInTheSavedFile(FxRobot robot) throws Exception {
        robot.drag(OnScreen.card(robot, "NVIDIA")).moveTo(rightEdgeOf(OnScreen.card(robot, "OpenAI"))).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vendorIds("model")).containsExactly("openai", "nvidia");
        assertThat(vendorIds("infrastructure")).containsExactly("azure");
        assertThat(cardNames(OnScreen.band(robot, "Model"))).containsExactly("OpenAI", "NVIDIA");
        assertThat(cardNames(OnScreen.band(robot, "Infrastructure"))).containsExactly("Azure");
        assertThat(stage.getTitle()).startsWith("*");
        assertThat(robot.lookup(".vendor-card").<Node>queryAll()).noneMatch(node -> node.getPseudoClassStates()
                .stream().anyMatch(state -> state.getPseudoClassName().startsWith("drop")));

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !editor.getDocument().isDirty());
        Stack saved = StackFiles.read(file).stack();
        assertThat(saved.findLayer("model").orElseThrow().getVendors()).extracting(Vendor::getId)
                .containsExactly("openai", "nvidia");

        assertThat(editor.getDocument().history().undoDescriptionProperty().get()).isEqualTo("Move NVIDIA to Model");
        robot.clickOn(robot.lookup(".main-toolbar .tool").nth(2).<Node>query());
        assertThat(vendorIds("infrastructure")).containsExactly("nvidia", "azure");
        assertThat(cardNames(OnScreen.band(robot, "Infrastructure"))).containsExactly("NVIDIA", "Azure");
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        assertThat(vendorIds("model")).containsExactly("openai", "nvidia");
        assertThat(cardNames(OnScreen.band(robot, "Model"))).containsExactly("OpenAI", "NVIDIA");
    }

    /** The colour of a card's focus ring (its third border), or null when it has none. */
    private static Paint focusRing(VendorCard card) {
        WaitForAsyncUtils.waitForFxEvents();
        List<BorderStroke> strokes = card.getBorder() == null ? List.of() : card.getBorder().getStrokes();
        return strokes.size() < 3 ? null : strokes.get(2).getTopStroke();
    }

    @Test
    void theSelectedCardWearsAFocusRingAndStaysSharpZoomedWithoutABitmapOrAnEffect(FxRobot robot) {
        VendorCard nvidia = OnScreen.card(robot, "NVIDIA");
        VendorCard azure = OnScreen.card(robot, "Azure");
        robot.clickOn(nvidia);
        assertThat(focusRing(nvidia)).isNotNull().isNotEqualTo(Color.TRANSPARENT);
        assertThat(focusRing(azure)).isNull();
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        assertThat(nvidia.getEffect()).as("a glow was blurred on every frame").isNull();
        assertThat(nvidia.isCache()).as("a bitmap was drawn blurred when zoomed").isFalse();

        robot.clickOn(azure);
        assertThat(focusRing(nvidia)).isNull();
        assertThat(focusRing(azure)).isNotNull();
        robot.clickOn("#search");
        assertThat(focusRing(azure)).as("only while the stack has the keys").isNull();
    }

    @Test
    void theCardLeftBehindByADragIsFadedWithoutTheFocusRing(FxRobot robot) {
        VendorCard nvidia = OnScreen.card(robot, "NVIDIA");
        robot.clickOn(nvidia);
        assertThat(focusRing(nvidia)).as("the selected card has a ring while the stack has the focus")
                .isNotEqualTo(Color.TRANSPARENT);
        robot.drag(nvidia).moveTo(rightEdgeOf(OnScreen.card(robot, "OpenAI")));
        try {
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(nvidia.getOpacity()).isLessThan(1);
            assertThat(focusRing(nvidia)).isEqualTo(Color.TRANSPARENT);
        } finally {
            robot.drop();
        }
    }

    @Test
    void draggingWithinABandReordersIt(FxRobot robot) {
        robot.drag(OnScreen.card(robot, "Pinecone")).moveTo(leftEdgeOf(OnScreen.card(robot, "Scale AI"))).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vendorIds("middleware")).containsExactly("pinecone", "scale-ai");
        assertThat(cardNames(OnScreen.band(robot, "Middleware"))).containsExactly("Pinecone", "Scale AI");
        assertThat(editor.getDocument().history().undoDescriptionProperty().get()).isEqualTo("Reorder Pinecone");
    }

    @Test
    void droppingOnASegmentLaneChangesTheSegment(FxRobot robot) {
        Node cloudLane = OnScreen.card(robot, "Azure").getParent().getParent();
        robot.drag(OnScreen.card(robot, "NVIDIA")).moveTo(rightEdgeOf(OnScreen.card(robot, "Azure"))).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Vendor nvidia = stack().findVendor("nvidia").orElseThrow();
        assertThat(nvidia.getSegment()).isEqualTo("cloud");
        assertThat(DrawnCards.names(cloudLane)).containsExactly("Azure", "NVIDIA");
        assertThat(editor.getDocument().history().undoDescriptionProperty().get()).isEqualTo("Move NVIDIA to Cloud");
        assertThat(emptyFrames(OnScreen.band(robot, "Infrastructure")))
                .as("the segment it left says it is empty, and where to add one")
                .singleElement().satisfies(frame -> assertThat(frame.lookup(".add-vendor")).isNotNull());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(nvidia.getSegment()).isEqualTo("hardware");
        assertThat(emptyFrames(OnScreen.band(robot, "Infrastructure"))).isEmpty();
    }

    @Test
    void anEmptySegmentShowsAFrameThatTakesADroppedCardIntoTheSegment(FxRobot robot) {
        LayerBand application = OnScreen.band(robot, "Application");
        assertThat(application.lookup(".placeholder").isVisible()).as("the lanes say it, not the band").isFalse();
        List<Node> frames = emptyFrames(application);
        assertThat(frames).extracting(frame -> ((Labeled) frame.lookup(".label")).getText())
                .containsExactly("No vendors in this segment", "No vendors in this segment");
        Node b2b = frames.get(0);
        assertThat(b2b.getParent().lookup(".lane-title")).extracting(title -> ((Labeled) title).getText()).isEqualTo("B2B");

        robot.drag(OnScreen.card(robot, "OpenAI")).moveTo(b2b).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Vendor openai = stack().findVendor("openai").orElseThrow();
        assertThat(vendorIds("application")).containsExactly("openai");
        assertThat(openai.getSegment()).isEqualTo("b2b");
        assertThat(emptyFrames(application)).as("B2C still has none").hasSize(1);
        assertThat(cardNames(application)).containsExactly("OpenAI");
    }

    @Test
    void addVendorInAnEmptySegmentsFrameAddsTheNewVendorToThatSegment(FxRobot robot) {
        LayerBand application = OnScreen.band(robot, "Application");
        robot.clickOn(emptyFrames(application).get(1).lookup(".add-vendor"));
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText())
                .isEqualTo("Add a vendor to the Application layer");
        assertThat(robot.lookup("#vendor-segment").queryComboBox().getSelectionModel().getSelectedItem())
                .extracting(segment -> ((Segment) segment).getName()).isEqualTo("B2C");
        robot.clickOn("#vendor-name").write("Perplexity");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText("OK")).<Node>query());

        Vendor added = stack().findVendor("perplexity").orElseThrow();
        assertThat(vendorIds("application")).containsExactly("perplexity");
        assertThat(added.getSegment()).isEqualTo("b2c");
        assertThat(stackSelection().getVendor()).isSameAs(added);
        assertThat(emptyFrames(application)).as("B2B still has none").hasSize(1);

        robot.clickOn(OnScreen.card(robot, "OpenAI")).type(KeyCode.DELETE);
        LayerBand model = OnScreen.band(robot, "Model");
        assertThat(model.lookup(".placeholder").isVisible()).as("a layer without segments says it across the band").isTrue();
        robot.clickOn(model.lookup(".placeholder .add-vendor"));
        robot.clickOn("#vendor-name").write("Mistral AI");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText("OK")).<Node>query());
        assertThat(vendorIds("model")).containsExactly("mistral-ai");
        assertThat(model.lookup(".placeholder").isVisible()).isFalse();
    }

    private static List<Node> emptyFrames(LayerBand band) {
        return band.lookupAll(".lane-empty").stream().filter(Node::isVisible).toList();
    }

    @Test
    void draggingABandByItsTitleMovesTheLayerWithARedLineWhereItWillGoAsOneUndoStep(FxRobot robot) {
        Node infrastructureTitle = OnScreen.band(robot, "Infrastructure").lookup(".title-row .name");
        Node application = OnScreen.band(robot, "Application");
        Bounds top = application.localToScreen(application.getLayoutBounds());
        robot.drag(infrastructureTitle).moveTo(new Point2D(top.getCenterX(), top.getMinY() + 10));
        Node marker = robot.lookup(".layer-drop-marker").query();
        assertThat(marker.isVisible()).as("a line shows where the band will go").isTrue();
        assertThat(marker.localToScreen(marker.getLayoutBounds()).getCenterY()).isLessThan(top.getMinY());
        assertThat(robot.lookup(".marquee").<Node>query().isVisible()).as("no selection rectangle").isFalse();
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stack().getLayers()).extracting(Layer::getId)
                .containsExactly("model", "middleware", "application", "infrastructure");
        assertThat(bandNamesTopDown(robot)).containsExactly("Infrastructure", "Application", "Middleware", "Model");
        assertThat(marker.isVisible()).isFalse();
        assertThat(stackSelection().getLayer()).isEqualTo(layer("infrastructure"));
        assertThat(OnScreen.band(robot, "Infrastructure").getPseudoClassStates()).as("drawn selected where it went")
                .anyMatch(state -> state.getPseudoClassName().equals("selected"));
        assertThat(editor.getDocument().history().undoDescriptionProperty().get()).isEqualTo("Move layer Infrastructure");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(stack().getLayers()).extracting(Layer::getId)
                .containsExactly("infrastructure", "model", "middleware", "application");
    }

    @Test
    void aBandDroppedBesideItselfStaysAndChangesNothing(FxRobot robot) {
        Node modelTitle = OnScreen.band(robot, "Model").lookup(".title-row .name");
        robot.drag(modelTitle).moveBy(0, 20);
        assertThat(robot.lookup(".layer-drop-marker").<Node>query().isVisible()).isFalse();
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack().getLayers()).extracting(Layer::getId)
                .containsExactly("infrastructure", "model", "middleware", "application");
        assertThat(editor.getDocument().isDirty()).isFalse();
    }

    private List<String> bandNamesTopDown(FxRobot robot) {
        return robot.lookup(".layer-band").queryAllAs(LayerBand.class).stream()
                .sorted(java.util.Comparator.comparingDouble(band -> band.localToScene(band.getLayoutBounds()).getMinY()))
                .map(band -> band.getLayer().getName()).toList();
    }

    @Test
    void escapeCancelsADragAndChangesNothing(FxRobot robot) {
        robot.drag(OnScreen.card(robot, "NVIDIA")).moveTo(rightEdgeOf(OnScreen.card(robot, "OpenAI")));
        assertThat(OnScreen.band(robot, "Model").getPseudoClassStates())
                .anyMatch(state -> state.getPseudoClassName().equals("drop-target"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vendorIds("infrastructure")).containsExactly("nvidia", "azure");
        assertThat(vendorIds("model")).containsExactly("openai");
        assertThat(editor.getDocument().isDirty()).isFalse();
        assertThat(OnScreen.band(robot, "Model").getPseudoClassStates())
                .noneMatch(state -> state.getPseudoClassName().startsWith("drop"));
    }

    @Test
    void movingWithinOneDropPlaceLeavesItsMarkAloneUntilThePlaceChanges(FxRobot robot) {
        VendorCard openAi = OnScreen.card(robot, "OpenAI");
        List<String> restyled = new ArrayList<>();
        openAi.getPseudoClassStates().addListener((SetChangeListener<PseudoClass>) change -> {
            String mark = change.wasAdded() ? "+" + change.getElementAdded().getPseudoClassName()
                    : "-" + change.getElementRemoved().getPseudoClassName();
            if (mark.startsWith("+drop") || mark.startsWith("-drop")) {
                restyled.add(mark);
            }
        });
        robot.drag(OnScreen.card(robot, "NVIDIA")).moveTo(rightEdgeOf(openAi));
        assertThat(restyled).containsExactly("+drop-after");

        robot.moveBy(-3, 0).moveBy(0, 2).moveBy(-3, -1);
        assertThat(restyled).containsExactly("+drop-after");

        robot.moveTo(leftEdgeOf(openAi));
        assertThat(restyled).containsExactly("+drop-after", "-drop-after", "+drop-before");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(openAi.getPseudoClassStates()).noneMatch(state -> state.getPseudoClassName().startsWith("drop"));
    }

    @Test
    void theStackRedrawsWhatChangesOnlyNotACachedViewportOrAShadowPerCard(FxRobot robot) {
        ScrollPane scroller = robot.lookup(".stack-scroller").queryAs(ScrollPane.class);
        assertThat(scroller.lookup(".viewport").isCache()).isFalse();
        assertThat(OnScreen.card(robot, "OpenAI").getEffect()).isNull();
    }

    @Test
    void droppingOutsideTheStackChangesNothing(FxRobot robot) {
        robot.drag(OnScreen.card(robot, "NVIDIA")).moveTo(robot.lookup(".details").<Node>query()).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vendorIds("infrastructure")).containsExactly("nvidia", "azure");
        assertThat(editor.getDocument().isDirty()).isFalse();
    }

    @Test
    void onlyTheMainButtonDragsACard(FxRobot robot) {
        robot.drag(OnScreen.card(robot, "NVIDIA"), MouseButton.SECONDARY).moveTo(rightEdgeOf(OnScreen.card(robot, "OpenAI"))).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vendorIds("infrastructure")).containsExactly("nvidia", "azure");
        assertThat(vendorIds("model")).containsExactly("openai");
        assertThat(editor.getDocument().isDirty()).isFalse();
    }

    @Test
    void draggingNearTheBottomOfAShortWindowScrollsTheStack(FxRobot robot) {
        robot.interact(() -> stage.setHeight(560));
        ScrollPane scroller = robot.lookup(".stack-scroller").queryAs(ScrollPane.class);
        assertThat(scroller.getVvalue()).isZero();
        Bounds viewport = scroller.localToScreen(scroller.getLayoutBounds());
        robot.drag(OnScreen.card(robot, "Scale AI"));
        for (int i = 0; i < 10; i++) {
            robot.moveTo(new Point2D(viewport.getCenterX(), viewport.getMaxY() - 10 - i % 2));
        }
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.drop();
        assertThat(scroller.getVvalue()).isPositive();
        assertThat(editor.getDocument().isDirty()).isFalse();
    }

    @Test
    void holdingADraggedCardStillAtTheBottomEdgeScrollsOnToTheEnd(FxRobot robot) throws Exception {
        robot.interact(() -> stage.setHeight(560));
        ScrollPane scroller = robot.lookup(".stack-scroller").queryAs(ScrollPane.class);
        Bounds viewport = scroller.localToScreen(scroller.getLayoutBounds());
        robot.drag(OnScreen.card(robot, "Scale AI"));
        try {
            robot.moveTo(new Point2D(viewport.getCenterX(), viewport.getMaxY() - 60));
            robot.moveTo(new Point2D(viewport.getCenterX(), viewport.getMaxY() - 40));
            assertThat(scroller.getVvalue()).as("when the pointer comes to rest").isLessThan(scroller.getVmax());

            // the pointer stays put, so no more drag events come: the stack scrolls on by itself
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> scroller.getVvalue() >= scroller.getVmax());
        } finally {
            robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
            robot.drop();
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.getDocument().isDirty()).isFalse();
    }

    @Test
    void pressingAPartlyHiddenCardDoesNotScrollItAwayFromThePointer(FxRobot robot) {
        ScrollPane scroller = robot.lookup(".stack-scroller").queryAs(ScrollPane.class);
        Bounds card = OnScreen.card(robot, "Scale AI").localToScreen(OnScreen.card(robot, "Scale AI").getLayoutBounds());
        Bounds viewport = scroller.localToScreen(scroller.getLayoutBounds());
        double cut = viewport.getMaxY() - (card.getMinY() + 25);
        robot.interact(() -> stage.setHeight(stage.getHeight() - cut));
        assertThat(scroller.getVvalue()).isZero();
        robot.clickOn(new Point2D(card.getCenterX(), card.getMinY() + 10));
        assertThat(stackSelection().getVendor().getId()).isEqualTo("scale-ai");
        assertThat(scroller.getVvalue()).isZero();
    }

    @Test
    void aMarkedCardPointedAtAnotherVendorWhileScrollingIsMarkedAgain(FxRobot robot) {
        VendorCard openAi = OnScreen.card(robot, "OpenAI");
        robot.drag(OnScreen.card(robot, "NVIDIA")).moveTo(rightEdgeOf(openAi));
        assertThat(openAi.getPseudoClassStates()).contains(Pseudo.DROP_AFTER);
        Vendor pinecone = stack().findVendor("pinecone").orElseThrow();
        Vendor openAiVendor = openAi.getVendor();
        // a scroll reuses the card for the vendor coming into sight: it loses its marks
        robot.interact(() -> openAi.setVendor(pinecone));
        assertThat(openAi.getPseudoClassStates()).doesNotContain(Pseudo.DROP_AFTER);

        robot.moveBy(-2, 1);
        assertThat(openAi.getPseudoClassStates()).as("the same place, marked again").contains(Pseudo.DROP_AFTER);
        robot.interact(() -> openAi.setVendor(openAiVendor));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theWindowTitleAndUndoMenuFollowEveryStep(FxRobot robot) {
        robot.drag(OnScreen.card(robot, "Azure")).moveTo(rightEdgeOf(OnScreen.card(robot, "Pinecone"))).drop();
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Edit");
        assertThat(robot.lookup(hasText("Undo Move Azure to Middleware")).tryQuery()).isPresent();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(stage.getTitle()).doesNotStartWith("*");
    }

    private static java.util.function.Predicate<Node> hasText(String text) {
        return node -> node instanceof Label label && label.getText() != null
                && text.equals(label.getText().replace("_", ""));
    }
}
