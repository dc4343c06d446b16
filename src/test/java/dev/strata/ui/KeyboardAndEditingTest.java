package dev.strata.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import dev.strata.edit.Document;
import dev.strata.edit.Editor;
import dev.strata.edit.SetProperty;
import dev.strata.file.StackFiles;
import dev.strata.model.Layer;
import dev.strata.model.Segment;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The keyboard-only session, editing through the dialogs, and finding vendors. */
@ExtendWith(ApplicationExtension.class)
class KeyboardAndEditingTest {

    private Editor editor;
    private StackView view;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        editor = new Editor(Document.untitled(StackFiles.builtIn()));
        AppServices services = TestServices.inTempHome();
        MainWindow window = MainWindow.show(stage, editor, services);
        view = window.stackView();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.listWindows().stream().filter(window -> window != stage && window instanceof Stage)
                .forEach(window -> robot.interact(() -> ((Stage) window).close()));
    }

    private Stack stack() {
        return editor.getDocument().stack();
    }

    private List<String> vendorIds(String layerId) {
        return stack().findLayer(layerId).orElseThrow().getVendors().stream().map(Vendor::getId).toList();
    }

    private void type(FxRobot robot, KeyCode... keys) {
        for (KeyCode key : keys) {
            robot.type(key);
        }
    }

    private void alt(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.ALT).press(key).release(key).release(KeyCode.ALT);
    }

    private void shortcut(FxRobot robot, KeyCode... keys) {
        robot.press(KeyCode.CONTROL).press(keys);
        robot.release(keys).release(KeyCode.CONTROL);
    }

    private Selection selection() {
        return view.getSelection();
    }

    @Test
    void aKeyboardOnlySessionSelectsMovesUndoesAndRedoes(FxRobot robot) {
        robot.interact(view::requestFocus);
        type(robot, KeyCode.DOWN);
        assertThat(selection().getLayer().getId()).isEqualTo("application");
        type(robot, KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN);
        assertThat(selection().getLayer().getId()).isEqualTo("infrastructure");
        type(robot, KeyCode.RIGHT);
        assertThat(selection().getVendor().getId()).isEqualTo("nvidia");
        type(robot, KeyCode.END);
        assertThat(selection().getVendor().getId()).isEqualTo("azure");
        type(robot, KeyCode.HOME);
        assertThat(selection().getVendor().getId()).isEqualTo("nvidia");

        alt(robot, KeyCode.UP);
        assertThat(vendorIds("model")).containsExactly("nvidia", "openai");
        assertThat(selection().getVendor().getId()).isEqualTo("nvidia");
        assertThat(selection().getLayer().getId()).isEqualTo("model");
        alt(robot, KeyCode.RIGHT);
        assertThat(vendorIds("model")).containsExactly("openai", "nvidia");
        type(robot, KeyCode.UP);
        assertThat(selection().getLayer().getId()).isEqualTo("middleware");

        shortcut(robot, KeyCode.Z);
        shortcut(robot, KeyCode.Z);
        assertThat(vendorIds("infrastructure")).containsExactly("nvidia", "azure");
        assertThat(vendorIds("model")).containsExactly("openai");
        shortcut(robot, KeyCode.SHIFT, KeyCode.Z);
        assertThat(vendorIds("model")).containsExactly("nvidia", "openai");
        shortcut(robot, KeyCode.Y);
        assertThat(vendorIds("model")).containsExactly("openai", "nvidia");
    }

    @Test
    void tabStopsOnceAtTheStackNotAtEachBandNorAtTheStatusBar(FxRobot robot) {
        shortcut(robot, KeyCode.F);
        List<Node> stops = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            robot.type(KeyCode.TAB);
            stops.add(view.getScene().getFocusOwner());
        }
        assertThat(stops.get(0)).as("from the search to the stack").isSameAs(view);
        assertThat(stops.get(1)).as("then on to the side panel").isNotInstanceOf(LayerBand.class)
                .matches(stop -> robot.lookup(".side-tabs").query().equals(stop) || stop instanceof DetailsPane);
        assertThat(stops).noneMatch(LayerBand.class::isInstance)
                .noneMatch(org.controlsfx.control.StatusBar.class::isInstance)
                .contains(robot.lookup("#search").<Node>query());
    }

    @Test
    void altRightAtTheEndOfALaneMovesTheCardIntoTheNextLaneAndAltLeftBack(FxRobot robot) {
        Vendor nvidia = stack().findVendor("nvidia").orElseThrow();
        robot.clickOn(OnScreen.card(robot, "NVIDIA"));
        alt(robot, KeyCode.RIGHT);
        assertThat(nvidia.getSegment()).as("on into Cloud").isEqualTo("cloud");
        assertThat(OnScreen.band(robot, "Infrastructure").vendorsInDisplayOrder()).as("at its near end")
                .extracting(Vendor::getId).containsExactly("nvidia", "azure");
        alt(robot, KeyCode.RIGHT);
        assertThat(vendorIds("infrastructure")).containsExactly("azure", "nvidia");
        alt(robot, KeyCode.RIGHT);
        assertThat(nvidia.getSegment()).as("no lane after Cloud").isEqualTo("cloud");
        assertThat(vendorIds("infrastructure")).containsExactly("azure", "nvidia");

        alt(robot, KeyCode.LEFT);
        alt(robot, KeyCode.LEFT);
        assertThat(nvidia.getSegment()).as("back into Hardware, empty by now").isEqualTo("hardware");
        assertThat(vendorIds("infrastructure")).containsExactly("nvidia", "azure");
        assertThat(selection().getVendor()).isSameAs(nvidia);
        shortcut(robot, KeyCode.Z);
        assertThat(nvidia.getSegment()).as("one undo step a move").isEqualTo("cloud");
    }

    @Test
    void aLayerMovedUpWithTheKeyboardStaysDrawnSelectedWithItsSelectedCard(FxRobot robot) {
        robot.clickOn(OnScreen.band(robot, "Infrastructure").lookup(".summary"));
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT, KeyCode.CONTROL);
        assertThat(stack().getLayers().get(1).getId()).isEqualTo("infrastructure");
        assertThat(OnScreen.band(robot, "Infrastructure").getPseudoClassStates()).as("its new band is drawn selected")
                .anyMatch(state -> state.getPseudoClassName().equals("selected"));

        robot.clickOn(OnScreen.card(robot, "NVIDIA"));
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT, KeyCode.CONTROL);
        assertThat(stack().getLayers().get(0).getId()).isEqualTo("infrastructure");
        assertThat(OnScreen.card(robot, "NVIDIA").getPseudoClassStates()).as("and a selected card in it too")
                .anyMatch(state -> state.getPseudoClassName().equals("selected"));
    }

    @Test
    void insightsCountVendorsPerLayerAndSegmentAndFollowEveryMove(FxRobot robot) {
        assertThat(robot.lookup(".insights-chart").tryQuery()).as("no chart before it is asked for").isEmpty();
        shortcut(robot, KeyCode.I);
        @SuppressWarnings("unchecked")
        javafx.scene.chart.StackedBarChart<Number, String> chart = robot.lookup(".insights-chart")
                .queryAs(javafx.scene.chart.StackedBarChart.class);
        assertThat(chart.isVisible()).isTrue();
        assertThat(chart.isLegendVisible()).as("five segments: a legend names them").isTrue();
        assertThat(bar(chart, "Infrastructure", "Hardware")).isEqualTo(1);
        assertThat(bar(chart, "Middleware", InsightsView.NO_SEGMENT)).isEqualTo(2);
        robot.interact(view::requestFocus);
        type(robot, KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN, KeyCode.RIGHT);
        alt(robot, KeyCode.UP);
        assertThat(bar(chart, "Infrastructure", "Hardware")).isZero();
        assertThat(bar(chart, "Model", InsightsView.NO_SEGMENT)).isEqualTo(2);
        shortcut(robot, KeyCode.Z);
        assertThat(bar(chart, "Infrastructure", "Hardware")).isEqualTo(1);

        Node middleware = chart.getData().stream().filter(series -> series.getName().equals(InsightsView.NO_SEGMENT))
                .flatMap(series -> series.getData().stream()).filter(bar -> bar.getYValue().equals("Middleware"))
                .findFirst().orElseThrow().getNode();
        robot.clickOn(middleware);
        assertThat(selection().getLayer().getId()).as("a click on a bar selects its layer").isEqualTo("middleware");
        assertThat(selection().getVendor()).isNull();
    }

    private static int bar(javafx.scene.chart.StackedBarChart<Number, String> chart, String layer, String segment) {
        return chart.getData().stream().filter(series -> series.getName().equals(segment))
                .flatMap(series -> series.getData().stream()).filter(bar -> bar.getYValue().equals(layer))
                .mapToInt(bar -> bar.getXValue().intValue()).sum();
    }

    @Test
    void leftAndRightCollapseAndExpandASelectedLayer(FxRobot robot) {
        robot.interact(view::requestFocus);
        type(robot, KeyCode.DOWN, KeyCode.DOWN);
        Layer middleware = selection().getLayer();
        type(robot, KeyCode.LEFT);
        assertThat(view.bandFor(middleware).orElseThrow().isExpanded()).isFalse();
        type(robot, KeyCode.RIGHT);
        assertThat(view.bandFor(middleware).orElseThrow().isExpanded()).isTrue();
        type(robot, KeyCode.RIGHT);
        assertThat(selection().getVendor().getId()).isEqualTo("scale-ai");
        type(robot, KeyCode.ENTER);
        assertThat(robot.lookup(".details-pane").<Node>query().isFocused()).isTrue();
    }

    @Test
    void anInvalidNameIsRefusedAtTheField(FxRobot robot) {
        robot.clickOn(robot.lookup(".vendor-card").<Node>query());
        Vendor vendor = selection().getVendor();
        String before = vendor.getName();
        robot.type(KeyCode.F2);
        robot.clickOn("#vendor-name");
        shortcut(robot, KeyCode.A);
        robot.write("   ");
        Label error = robot.lookup("#error-name").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("A vendor needs a name.");
        assertThat(okButton(robot).isDisabled()).isTrue();

        robot.clickOn("#vendor-website");
        shortcut(robot, KeyCode.A);
        robot.write("ftp://example.com");
        assertThat(robot.lookup("#error-website").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#error-website").queryAs(Label.class).getText()).contains("http:// or https://");
        robot.clickOn("#vendor-id");
        shortcut(robot, KeyCode.A);
        robot.write("openai");
        assertThat(robot.lookup("#error-id").queryAs(Label.class).getText())
                .isEqualTo("Another vendor already has the id \"openai\".");
        robot.clickOn("Cancel");
        assertThat(vendor.getName()).isEqualTo(before);
        assertThat(editor.getDocument().isDirty()).isFalse();
    }

    @Test
    void aNewVendorsFormWaitsForANameWithoutComplainingBeforeTheUserHasBeenAtIt(FxRobot robot) {
        robot.clickOn(OnScreen.card(robot, "OpenAI"));
        OnScreen.chooseMenuItem(robot, "Edit", "Add Vendor…");
        assertThat(robot.lookup(".field-error").queryAllAs(Label.class)).noneMatch(Node::isVisible);
        assertThat(okButton(robot).isDisabled()).isTrue();

        robot.clickOn("#vendor-role").write("Frontier models"); // the name field is left blank
        assertThat(robot.lookup("#error-name").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#error-id").queryAs(Label.class).isVisible()).isFalse();
        robot.clickOn("#vendor-name").write("Anthropic");
        assertThat(robot.lookup("#error-name").queryAs(Label.class).isVisible()).isFalse();
        assertThat(okButton(robot).isDisabled()).isFalse();
    }

    @Test
    void aNewVendorNamedLikeAnotherGetsAFreeIdOfItsOwn(FxRobot robot) {
        robot.clickOn(OnScreen.card(robot, "NVIDIA"));
        OnScreen.chooseMenuItem(robot, "Edit", "Add Vendor…");
        robot.clickOn("#vendor-name").write("OpenAI");
        assertThat(robot.lookup("#vendor-id").queryAs(TextField.class).getText()).isEqualTo("openai-2");
        assertThat(robot.lookup("#error-id").queryAs(Label.class).isVisible()).isFalse();
        robot.clickOn(okButton(robot));
        assertThat(vendorIds("infrastructure")).containsExactly("nvidia", "openai-2", "azure");
    }

    @Test
    void editingAVendorThroughTheDialogIsOneUndoableStep(FxRobot robot) {
        robot.clickOn(OnScreen.card(robot, "Pinecone"));
        robot.type(KeyCode.F2);
        robot.clickOn("#vendor-role");
        shortcut(robot, KeyCode.A);
        robot.write("Vector search");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(hasText("OK")).<Node>query());
        Vendor pinecone = stack().findVendor("pinecone").orElseThrow();
        assertThat(pinecone.getRole()).isEqualTo("Vector search");
        assertThat(OnScreen.card(robot, "Pinecone").lookupAll(".role")).extracting(node -> ((Text) node).getText())
                .containsExactly("Vector search");
        shortcut(robot, KeyCode.Z);
        assertThat(pinecone.getRole()).isEqualTo("Vector database");
    }

    @Test
    void confirmingTheDialogWithoutAChangeLeavesTheDocumentClean(FxRobot robot) {
        robot.clickOn(OnScreen.card(robot, "Pinecone"));
        robot.type(KeyCode.F2);
        robot.clickOn(robot.lookup(".dialog-pane .button").match(hasText("OK")).<Node>query());
        assertThat(editor.getDocument().isDirty()).isFalse();
        assertThat(editor.getDocument().history().canUndoProperty().get()).isFalse();
        assertThat(stage.getTitle()).doesNotStartWith("*");
    }

    @Test
    void stackPropertiesRetitleTheStackWhereverItIsNamedInOneUndoableStep(FxRobot robot) {
        String before = stack().getTitle();
        robot.clickOn("File").clickOn("Stack Properties…");
        assertThat(robot.lookup("#properties-name").queryAs(TextField.class).getText()).isEqualTo(before);
        answerNameAndText(robot, "Our AI vendors", "Who we buy from.");

        assertThat(stack().getTitle()).isEqualTo("Our AI vendors");
        assertThat(stack().getDescription()).isEqualTo("Who we buy from.");
        assertThat(robot.lookup(".stack-title").queryAs(Label.class).getText()).isEqualTo("Our AI vendors");
        assertThat(robot.lookup(".stack-description").queryAs(Label.class).getText()).isEqualTo("Who we buy from.");
        assertThat(robot.lookup(".breadcrumb .button").queryAs(Button.class).getText()).isEqualTo("Our AI vendors");
        assertThat(stage.getTitle()).isEqualTo("*Our AI vendors — Strata");

        shortcut(robot, KeyCode.Z);
        assertThat(stack().getTitle()).isEqualTo(before);
        assertThat(robot.lookup(".stack-title").queryAs(Label.class).getText()).isEqualTo(before);
        assertThat(stage.getTitle()).isEqualTo(before + " — Strata");
    }

    @Test
    void stackPropertiesEditTheSourceAndRefuseAnAddressThatIsNotOnTheWeb(FxRobot robot) {
        robot.clickOn("File").clickOn("Stack Properties…");
        assertThat(robot.lookup("#source-title").queryAs(TextField.class).getText()).isEqualTo(stack().getSource().title());
        robot.clickOn("#source-url");
        shortcut(robot, KeyCode.A);
        robot.write("ftp://example.org/report");
        assertThat(robot.lookup("#error-source-url").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup(".dialog-pane .button").match(hasText("OK")).queryButton().isDisabled()).isTrue();

        shortcut(robot, KeyCode.A);
        robot.write("https://example.org/report");
        robot.clickOn("#source-author");
        shortcut(robot, KeyCode.A);
        robot.write("Jane Doe");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(hasText("OK")).<Node>query());

        assertThat(stack().getSource().url()).isEqualTo("https://example.org/report");
        assertThat(stack().getSource().author()).isEqualTo("Jane Doe");
        assertThat(robot.lookup(".details").<Node>query().lookupAll("*").stream().filter(Labeled.class::isInstance)
                .map(label -> ((Labeled) label).getText())).anyMatch(text -> text.endsWith("— Jane Doe"))
                .contains("https://example.org/report");
        shortcut(robot, KeyCode.Z);
        assertThat(stack().getSource().url()).isNotEqualTo("https://example.org/report");
    }

    @Test
    void doubleClickingTheHeadingAsksForTheTitleAndRefusesABlankOne(FxRobot robot) {
        String before = stack().getTitle();
        robot.doubleClickOn(".stack-title");
        TextField title = robot.lookup("#properties-name").queryAs(TextField.class);
        assertThat(robot.lookup("#error-properties-name").queryAs(Label.class).isVisible()).isFalse();
        robot.clickOn(title);
        shortcut(robot, KeyCode.A);
        robot.write("   ");
        assertThat(robot.lookup("#error-properties-name").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#error-properties-name").queryAs(Label.class).getText())
                .isEqualTo("A stack needs a title.");
        assertThat(robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class)
                .lookupButton(VendorDialog.APPLY).isDisabled()).isTrue();
        robot.clickOn("Cancel");
        assertThat(stack().getTitle()).isEqualTo(before);
        assertThat(editor.getDocument().isDirty()).isFalse();
    }

    @Test
    void editLayerRenamesTheLayerAndRewritesItsSummaryOnItsBand(FxRobot robot) {
        Node band = robot.lookup(".layer-band").query();
        robot.clickOn(band.lookup(".summary"));
        Layer application = selection().getLayer();
        assertThat(application.getId()).isEqualTo("application");
        MonocleMenu.clickMenuBarItem(robot, "Layer", "Edit Layer…");
        answerNameAndText(robot, "Apps", "What people use every day.");

        assertThat(application.getName()).isEqualTo("Apps");
        assertThat(application.getSummary()).isEqualTo("What people use every day.");
        assertThat(((Label) band.lookup(".header .name")).getText()).isEqualTo("Apps");
        assertThat(((Label) band.lookup(".summary")).getText()).isEqualTo("What people use every day.");
        assertThat(editor.getDocument().history().undoDescriptionProperty().get()).isEqualTo("Edit layer Application");
        shortcut(robot, KeyCode.Z);
        assertThat(application.getName()).isEqualTo("Application");
    }

    @Test
    void aCopiedVendorPastesIntoAnotherLayerWithAFreeIdAndUndoesInOneStep(FxRobot robot) {
        robot.clickOn(OnScreen.card(robot, "OpenAI"));
        shortcut(robot, KeyCode.C);
        assertThat(clipboardText(robot)).contains("\"id\": \"openai\"");
        robot.clickOn(robot.lookup(".layer-band").nth(1).<Node>query().lookup(".summary"));
        assertThat(selection().getLayer().getId()).isEqualTo("middleware");
        shortcut(robot, KeyCode.V);

        assertThat(vendorIds("middleware")).containsExactly("scale-ai", "pinecone", "openai-2");
        assertThat(vendorIds("model")).containsExactly("openai");
        assertThat(selection().getVendor().getId()).isEqualTo("openai-2");
        assertThat(DrawnCards.names(view.bandFor(stack().findLayer("middleware").orElseThrow()).orElseThrow()))
                .containsExactly("Scale AI", "Pinecone", "OpenAI");
        assertThat(editor.getDocument().history().undoDescriptionProperty().get()).isEqualTo("Paste OpenAI");
        shortcut(robot, KeyCode.Z);
        assertThat(vendorIds("middleware")).containsExactly("scale-ai", "pinecone");
    }

    @Test
    void aVendorCopiedFromOneStackPastesIntoTheNextOneOpenedWhole(FxRobot robot) {
        Vendor openai = stack().findVendor("openai").orElseThrow();
        robot.clickOn(OnScreen.card(robot, "OpenAI"));
        shortcut(robot, KeyCode.C);
        robot.interact(() -> editor.replaceDocument(Document.untitled(StackFiles.blank())));
        robot.clickOn(OnScreen.band(robot, "Model").lookup(".summary"));
        shortcut(robot, KeyCode.V);

        Vendor pasted = stack().findVendor("openai").orElseThrow();
        assertThat(pasted).isNotSameAs(openai);
        assertThat(vendorIds("model")).containsExactly("openai");
        assertThat(List.of(pasted.getName(), pasted.getRole(), pasted.getDescription(), pasted.getWebsite()))
                .containsExactly(openai.getName(), openai.getRole(), openai.getDescription(), openai.getWebsite());
        assertThat(pasted.getTags()).isEqualTo(openai.getTags());
        assertThat(editor.getDocument().isDirty()).isTrue();
    }

    @Test
    void aCutVendorLeavesItsLayerAndPastesWhereverItIsWantedKeepingItsId(FxRobot robot) {
        robot.clickOn(OnScreen.card(robot, "Pinecone"));
        shortcut(robot, KeyCode.X);
        assertThat(vendorIds("middleware")).containsExactly("scale-ai");
        assertThat(selection().getVendor().getId()).isEqualTo("scale-ai");
        assertThat(editor.getDocument().history().undoDescriptionProperty().get()).isEqualTo("Cut Pinecone");

        robot.clickOn(OnScreen.card(robot, "OpenAI"));
        shortcut(robot, KeyCode.V);
        assertThat(vendorIds("model")).containsExactly("openai", "pinecone");
    }

    @Test
    void ctrlCInTheSearchFieldCopiesItsTextNotTheSelectedVendor(FxRobot robot) {
        robot.clickOn(OnScreen.card(robot, "OpenAI"));
        shortcut(robot, KeyCode.F);
        robot.write("pine");
        shortcut(robot, KeyCode.A);
        shortcut(robot, KeyCode.C);
        assertThat(clipboardText(robot)).isEqualTo("pine");
    }

    @Test
    void pastingTextThatIsNoStackSaysWhyAndChangesNothing(FxRobot robot) {
        robot.interact(() -> {
            ClipboardContent text = new ClipboardContent();
            text.putString("NVIDIA, GPUs");
            Clipboard.getSystemClipboard().setContent(text);
        });
        robot.clickOn(OnScreen.card(robot, "OpenAI"));
        shortcut(robot, KeyCode.V);
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("Strata cannot paste the clipboard.");
        assertThat(robot.lookup(".problem-list").queryTextInputControl().getText())
                .isEqualTo("The clipboard holds text, not vendors copied from Strata or a stack file.");
        robot.clickOn("OK");
        assertThat(vendorIds("model")).containsExactly("openai");
        assertThat(editor.getDocument().isDirty()).isFalse();
    }

    private String clipboardText(FxRobot robot) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> Clipboard.getSystemClipboard().getString());
    }

    @Test
    void addLinkAsksHowAndToWhichVendorAndTheDetailsShowIt(FxRobot robot) {
        robot.clickOn(OnScreen.card(robot, "Pinecone"));
        robot.clickOn("Edit").clickOn("Add Link…");
        ComboBox<?> kind = robot.lookup("#link-kind").queryAs(ComboBox.class);
        assertThat(List.copyOf(kind.getItems())).extracting(Object::toString).contains("runs on", "trains on", "uses");
        robot.clickOn(kind.getEditor());
        shortcut(robot, KeyCode.A);
        robot.write("stores vectors for");
        robot.clickOn("#link-target");
        robot.write("open");
        assertThat(vendorsOffered(robot)).as("typing narrows the vendors").containsExactly("OpenAI");
        robot.clickOn("OpenAI — Model");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(hasText("OK")).<Node>query());

        assertThat(stack().getLinks()).extracting(link -> link.getFrom() + " " + link.getKind() + " " + link.getTo())
                .contains("pinecone stores-vectors-for openai");
        assertThat(robot.lookup(".details .hyperlink").queryAllAs(javafx.scene.control.Hyperlink.class))
                .extracting(javafx.scene.control.Hyperlink::getText).contains("stores vectors for OpenAI");
        shortcut(robot, KeyCode.Z);
        assertThat(stack().getLinks()).hasSize(2);
    }

    @Test
    void addLinkOpensReadyToTypeTheVendorsName(FxRobot robot) {
        robot.clickOn(OnScreen.card(robot, "Pinecone"));
        robot.clickOn("Edit").clickOn("Add Link…");
        robot.type(KeyCode.O, KeyCode.P, KeyCode.E, KeyCode.N);
        assertThat(vendorsOffered(robot)).as("typing narrows the vendors").containsExactly("OpenAI");
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#link-target").queryAs(ComboBox.class).getValue()).isEqualTo(stack().findVendor("openai").orElseThrow());
    }

    @Test
    void aLinkTheStackHasIsRefusedAtTheDialog(FxRobot robot) {
        robot.clickOn(OnScreen.card(robot, "OpenAI"));
        robot.clickOn("Edit").clickOn("Add Link…");
        robot.interact(() -> {
            robot.lookup("#link-kind").queryAs(ComboBox.class).getEditor().setText("runs on");
            @SuppressWarnings("unchecked")
            ComboBox<Vendor> target = robot.lookup("#link-target").queryAs(ComboBox.class);
            target.setValue(stack().findVendor("azure").orElseThrow());
        });
        assertThat(robot.lookup("#error-link").queryAs(Label.class).getText()).isEqualTo("OpenAI already runs on Azure.");
        assertThat(robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class)
                .lookupButton(VendorDialog.APPLY).isDisabled()).isTrue();
        robot.clickOn("Cancel");
        assertThat(editor.getDocument().isDirty()).isFalse();
    }

    @Test
    void doubleClickingACardABandOrADriverOpensItForEditingButTheChevronOnlyFolds(FxRobot robot) {
        robot.doubleClickOn(OnScreen.card(robot, "Pinecone"));
        assertThat(robot.lookup("#vendor-name").queryAs(TextField.class).getText()).isEqualTo("Pinecone");
        robot.clickOn("Cancel");

        LayerBand model = OnScreen.band(robot, "Model");
        robot.doubleClickOn(model.lookup(".summary"));
        assertThat(robot.lookup("#properties-name").queryAs(TextField.class).getText()).isEqualTo("Model");
        robot.clickOn("Cancel");

        robot.doubleClickOn(model.lookup(".driver-chip"));
        assertThat(robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getHeaderText())
                .isEqualTo("Edit Model breakthroughs");
        robot.clickOn("Cancel");

        robot.doubleClickOn(model.lookup(".expand-toggle"));
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(model.expandedProperty().get()).as("folded and unfolded").isTrue();
        assertThat(editor.getDocument().isDirty()).isFalse();
    }

    @Test
    void f2EditsTheSelectedLayerAsItEditsTheSelectedVendor(FxRobot robot) {
        robot.clickOn(OnScreen.band(robot, "Model").lookup(".summary"));
        robot.type(KeyCode.F2);
        assertThat(robot.lookup("#properties-name").queryAs(TextField.class).getText()).isEqualTo("Model");
        robot.clickOn("Cancel");
        robot.clickOn(OnScreen.card(robot, "OpenAI"));
        robot.type(KeyCode.F2);
        assertThat(robot.lookup("#vendor-name").queryAs(TextField.class).getText()).isEqualTo("OpenAI");
        assertThat(robot.lookup("#properties-name").tryQuery()).isEmpty();
        robot.clickOn("Cancel");
    }

    @Test
    void addDuplicateAndDeleteRoundTripThroughUndo(FxRobot robot) {
        robot.clickOn(robot.lookup(".layer-band").<Node>query().lookup(".summary"));
        assertThat(selection().getLayer().getId()).isEqualTo("application");
        OnScreen.chooseMenuItem(robot, "Edit", "Add Vendor…");
        robot.clickOn("#vendor-name").write("Notion AI");
        assertThat(robot.lookup("#vendor-id").queryAs(TextField.class).getText()).isEqualTo("notion-ai");
        robot.clickOn("#vendor-role").write("Writing assistant");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(hasText("OK")).<Node>query());
        assertThat(vendorIds("application")).containsExactly("notion-ai");
        assertThat(selection().getVendor().getName()).isEqualTo("Notion AI");

        shortcut(robot, KeyCode.D);
        assertThat(vendorIds("application")).containsExactly("notion-ai", "notion-ai-copy");
        robot.type(KeyCode.DELETE);
        assertThat(vendorIds("application")).containsExactly("notion-ai");

        shortcut(robot, KeyCode.Z);
        assertThat(vendorIds("application")).containsExactly("notion-ai", "notion-ai-copy");
        shortcut(robot, KeyCode.Z);
        shortcut(robot, KeyCode.Z);
        assertThat(vendorIds("application")).isEmpty();
        assertThat(editor.getDocument().isDirty()).isFalse();
        shortcut(robot, KeyCode.Y);
        assertThat(vendorIds("application")).containsExactly("notion-ai");
    }

    @Test
    void aVendorAddedAfterTheSelectedOneGoesInItsSegment(FxRobot robot) {
        robot.clickOn(OnScreen.card(robot, "NVIDIA"));
        OnScreen.chooseMenuItem(robot, "Edit", "Add Vendor…");
        assertThat(robot.lookup("#vendor-segment").queryComboBox().getSelectionModel().getSelectedItem())
                .extracting(segment -> ((Segment) segment).getName()).isEqualTo("Hardware");
        robot.clickOn("#vendor-name").write("AMD");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(hasText("OK")).<Node>query());
        assertThat(vendorIds("infrastructure")).containsExactly("nvidia", "amd", "azure");
        assertThat(stack().findLayer("infrastructure").orElseThrow().getVendors().get(1).getSegment())
                .isEqualTo("hardware");
        assertThat(laneCards(robot, "infrastructure", "Hardware")).containsExactlyInAnyOrder("NVIDIA", "AMD");
    }

    @Test
    void aVendorWhoseSegmentChangesIsInItsNewLaneForTheKeyboardAtOnceAndDrawnThere(FxRobot robot) {
        Vendor nvidia = stack().findVendor("nvidia").orElseThrow();
        LayerBand band = view.bandFor(stack().findLayer("infrastructure").orElseThrow()).orElseThrow();
        List<String> cloudAtOnce = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            editor.getDocument().history().execute(new SetProperty<>(nvidia.segmentProperty(), "cloud", "Move"));
            band.vendorsInDisplayOrder(); // what the arrow keys ask, before any layout
            return band.lookupAll(".lane").stream().map(SegmentLane.class::cast)
                    .filter(lane -> "cloud".equals(lane.segmentId())).findFirst().orElseThrow()
                    .vendors().stream().map(Vendor::getId).toList();
        });
        assertThat(cloudAtOnce).containsExactly("nvidia", "azure");
        robot.interact(() -> stage.getScene().getRoot().layout()); // the cards follow the lanes at the next layout
        assertThat(laneCards(robot, "infrastructure", "Cloud")).containsExactlyInAnyOrder("NVIDIA", "Azure");
        assertThat(laneCards(robot, "infrastructure", "Hardware")).isEmpty();
    }

    @Test
    void theLayerMenuActsOnASelectedVendorsLayerWhileEditDeleteActsOnTheVendor(FxRobot robot) {
        robot.clickOn(OnScreen.card(robot, "Pinecone"));
        MonocleMenu.clickMenuBarItem(robot, "Layer", "Delete Layer…");
        assertThat(robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getHeaderText())
                .isEqualTo("The Middleware layer holds 2 vendors. Where should they go?");
        robot.clickOn("Cancel");
        assertThat(stack().findLayer("middleware")).isPresent();

        MonocleMenu.clickMenuBarItem(robot, "Edit", "Delete Vendor");
        assertThat(vendorIds("middleware")).containsExactly("scale-ai");
    }

    @Test
    void deletingALayerAsksWhereItsVendorsGo(FxRobot robot) {
        robot.clickOn(view.bandFor(stack().findLayer("middleware").orElseThrow()).orElseThrow().lookup(".summary"));
        MonocleMenu.clickMenuBarItem(robot, "Layer", "Delete Layer…");
        assertThat(robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getHeaderText())
                .isEqualTo("The Middleware layer holds 2 vendors. Where should they go?");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> where = robot.lookup(".dialog-pane .combo-box")
                .queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> where.setValue("Model"));
        robot.clickOn(robot.lookup(".dialog-pane .button").match(hasText("OK")).<Node>query());
        assertThat(stack().getLayers()).extracting(Layer::getId).containsExactly("infrastructure", "model", "application");
        assertThat(vendorIds("model")).containsExactly("openai", "scale-ai", "pinecone");
        assertThat(robot.lookup(".layer-band").queryAll()).hasSize(3);

        shortcut(robot, KeyCode.Z);
        assertThat(stack().getLayers()).extracting(Layer::getId)
                .containsExactly("infrastructure", "model", "middleware", "application");
        assertThat(vendorIds("middleware")).containsExactly("scale-ai", "pinecone");
        assertThat(robot.lookup(".layer-band").queryAll()).hasSize(4);
    }

    @Test
    void addingAndMovingALayer(FxRobot robot) {
        robot.clickOn(view.bandFor(stack().findLayer("model").orElseThrow()).orElseThrow().lookup(".summary"));
        MonocleMenu.clickMenuBarItem(robot, "Layer", "Add Layer…");
        robot.clickOn(robot.lookup(".dialog-pane .text-field").<Node>query()).write("Data");
        robot.type(KeyCode.ENTER);
        assertThat(stack().getLayers()).extracting(Layer::getId)
                .containsExactly("infrastructure", "model", "data", "middleware", "application");
        assertThat(selection().getLayer().getName()).isEqualTo("Data");
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT, KeyCode.CONTROL);
        assertThat(stack().getLayers()).extracting(Layer::getId)
                .containsExactly("infrastructure", "data", "model", "middleware", "application");
        shortcut(robot, KeyCode.Z);
        shortcut(robot, KeyCode.Z);
        assertThat(stack().getLayers()).extracting(Layer::getId)
                .containsExactly("infrastructure", "model", "middleware", "application");
    }

    private String bandCount(String layerId) {
        return ((Labeled) view.bandFor(stack().findLayer(layerId).orElseThrow()).orElseThrow().lookup(".header .count")).getText();
    }

    @Test
    void searchNarrowsTheCardsAndTheCountAndEscapeRestoresThem(FxRobot robot) {
        shortcut(robot, KeyCode.F);
        assertThat(robot.lookup("#search").queryAs(TextField.class).isFocused()).isTrue();
        robot.write("MLOPS");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleCards(robot)).containsExactlyInAnyOrder("Scale AI", "Pinecone");
        assertThat(robot.lookup(".match-count").queryAs(Label.class).getText()).isEqualTo("2 of 5 vendors");
        Node infrastructure = view.bandFor(stack().findLayer("infrastructure").orElseThrow()).orElseThrow();
        Node name = infrastructure.lookup(".header .name");
        Node count = infrastructure.lookup(".header .count");
        assertThat(count.localToScene(count.getLayoutBounds()).getMinY()).as("\"0 of 2 vendors\" beside the name, not under it")
                .isLessThan(name.localToScene(name.getLayoutBounds()).getMaxY());
        assertThat(bandCount("application")).as("an empty layer has nothing to count").isEqualTo("0 vendors");

        robot.interact(() -> robot.lookup("#search").queryAs(TextField.class).setText("nvídia gpu"));
        assertThat(visibleCards(robot)).containsExactly("NVIDIA");
        assertThat(robot.lookup(".match-count").queryAs(Label.class).getText()).isEqualTo("1 of 5 vendors");
        assertThat(laneTitles(robot, "infrastructure")).as("a search hides the segments it leaves empty")
                .containsExactly("Hardware");
        assertThat(bandCount("infrastructure")).as("each band counts its matches").isEqualTo("1 of 2 vendors");
        assertThat(bandCount("middleware")).as("a band with none says so beside its name").isEqualTo("0 of 2 vendors");

        robot.type(KeyCode.ESCAPE);
        assertThat(visibleCards(robot)).hasSize(5);
        assertThat(laneTitles(robot, "infrastructure")).containsExactly("Hardware", "Cloud");
        assertThat(bandCount("infrastructure")).isEqualTo("2 vendors");
        assertThat(robot.lookup(".match-count").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void searchFindsASegmentsVendorsByTheLaneTheySitInAndFollowsARenameOfIt(FxRobot robot) {
        shortcut(robot, KeyCode.F);
        robot.write("accelerators");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleCards(robot)).isEmpty();

        Segment hardware = stack().findLayer("infrastructure").orElseThrow().getSegments().get(0);
        robot.interact(() -> editor.getDocument().history()
                .execute(new SetProperty<>(hardware.nameProperty(), "Accelerators", "Rename segment")));
        assertThat(visibleCards(robot)).as("the renamed lane's vendor").containsExactly("NVIDIA");
        assertThat(laneTitles(robot, "infrastructure")).containsExactly("Accelerators");
        assertThat(robot.lookup(".match-count").queryAs(Label.class).getText()).isEqualTo("1 of 5 vendors");
    }

    @Test
    void enterInTheSearchSelectsTheFirstMatchAndGoesToTheStack(FxRobot robot) {
        shortcut(robot, KeyCode.F);
        robot.write("MLOPS");
        robot.type(KeyCode.ENTER);
        assertThat(selection().getVendor().getId()).as("the first match as drawn, top layer first").isEqualTo("scale-ai");
        assertThat(view.isFocused()).isTrue();
        assertThat(visibleCards(robot)).as("the search stays").containsExactlyInAnyOrder("Scale AI", "Pinecone");
        robot.type(KeyCode.RIGHT);
        assertThat(selection().getVendor().getId()).isEqualTo("pinecone");

        shortcut(robot, KeyCode.F);
        robot.write("no such vendor");
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#search").queryAs(TextField.class).isFocused()).as("nothing to go to").isTrue();
    }

    @Test
    void enterGoesToTheVendorNamedLikeTheSearchBeforeOneThatOnlyMentionsIt(FxRobot robot) {
        Vendor scaleAi = stack().findVendor("scale-ai").orElseThrow();
        robot.interact(() -> scaleAi.setDescription("Labels data for teams that store it in Pinecone."));
        shortcut(robot, KeyCode.F);
        robot.write("pinecone");
        assertThat(visibleCards(robot)).containsExactlyInAnyOrder("Scale AI", "Pinecone");
        robot.type(KeyCode.ENTER);
        assertThat(selection().getVendor().getId()).as("drawn second, but named so").isEqualTo("pinecone");
    }

    @Test
    void aBandWithNoMatchShrinksToItsTitleWhileTheSearchLastsSoTheMatchesComeIntoSight(FxRobot robot) {
        LayerBand model = view.bandFor(stack().findLayer("model").orElseThrow()).orElseThrow();
        double fullHeight = model.getHeight();
        Node summary = model.lookup(".summary");
        assertThat(summary.isVisible()).isTrue();

        // a layer of nothing but a title draws its title above its cards
        LayerBand infrastructure = view.bandFor(stack().findLayer("infrastructure").orElseThrow()).orElseThrow();
        robot.interact(() -> {
            infrastructure.getLayer().setSummary("");
            stack().getDrivers().removeIf(driver -> "infrastructure".equals(driver.getLayer()));
        });

        shortcut(robot, KeyCode.F);
        robot.write("pinecone");
        assertThat(summary.isVisible()).as("the summary waits for the end of the search").isFalse();
        assertThat(model.getHeight()).isLessThan(fullHeight / 2);
        for (LayerBand band : List.of(model, infrastructure)) {
            Node title = band.lookup(".header");
            assertThat(band.lookup(".body").isVisible()).as("nothing under or beside the title").isFalse();
            assertThat(band.getHeight() - title.getLayoutBounds().getHeight()).as("only the band's padding around its title")
                    .isLessThan(30);
        }
        LayerBand middleware = view.bandFor(stack().findLayer("middleware").orElseThrow()).orElseThrow();
        assertThat(middleware.lookup(".summary").isVisible()).as("a band with a match keeps its summary").isTrue();

        robot.type(KeyCode.ESCAPE);
        assertThat(summary.isVisible()).isTrue();
        assertThat(model.getHeight()).isEqualTo(fullHeight);
    }

    @Test
    void restingOnACardThatCutsItsNameShowsItWholeAndOnlyThere(FxRobot robot) throws Exception {
        String longName = "Pinecone Vector Database for Retrieval-Augmented Generation";
        robot.interact(() -> stack().findVendor("pinecone").orElseThrow().setName(longName));
        VendorCard openai = OnScreen.card(robot, "OpenAI");
        robot.moveTo(openai);
        assertThat(openai.getProperties().values()).as("a card showing all its text").noneMatch(Tooltip.class::isInstance);

        robot.moveTo(OnScreen.card(robot, longName));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shownTooltip(robot).isPresent());
        assertThat(shownTooltip(robot).orElseThrow().getText()).isEqualTo(longName + "\nVector database");
        robot.moveTo(openai);
        assertThat(OnScreen.card(robot, longName).getProperties().values()).noneMatch(Tooltip.class::isInstance);
    }

    /** The names of the vendors an open drop-down list offers. */
    private static List<String> vendorsOffered(FxRobot robot) {
        List<String> names = new java.util.ArrayList<>();
        for (javafx.scene.control.ListView<?> list : robot.lookup(".list-view").<javafx.scene.control.ListView<?>>queryAll()) {
            if (list.getScene() != null && list.getScene().getWindow().isShowing()) {
                list.getItems().stream().filter(Vendor.class::isInstance).map(item -> ((Vendor) item).getName())
                        .forEach(names::add);
            }
        }
        return names;
    }

    private static Optional<Tooltip> shownTooltip(FxRobot robot) {
        return robot.listWindows().stream().filter(Tooltip.class::isInstance).map(Tooltip.class::cast)
                .filter(Tooltip::isShowing).findFirst();
    }

    @Test
    void findWorksWhenTheToolBarCannotShowAllItsTools(FxRobot robot) {
        // a long title fills the breadcrumb, and the tool bar moves what does not fit into its overflow menu
        Stack longTitle = StackFiles.builtIn();
        longTitle.setTitle("A stack whose title is far too long for the tool bar ".repeat(4));
        robot.interact(() -> editor.replaceDocument(Document.untitled(longTitle)));
        shortcut(robot, KeyCode.F);
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        assertThat(search.isFocused()).isTrue();
        assertThat(search.getScene()).isSameAs(stage.getScene());
        assertThat(search.localToScene(search.getLayoutBounds()).getMaxX()).isLessThanOrEqualTo(stage.getScene().getWidth());
        robot.write("MLOPS");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleCards(robot)).containsExactlyInAnyOrder("Scale AI", "Pinecone");
        assertThat(robot.lookup(".match-count").queryAs(Label.class).getText()).isEqualTo("2 of 5 vendors");
    }

    @Test
    void aLayerNamedWithSpacesOnlyCannotBeAdded(FxRobot robot) {
        robot.clickOn(view.bandFor(stack().findLayer("model").orElseThrow()).orElseThrow().lookup(".summary"));
        MonocleMenu.clickMenuBarItem(robot, "Layer", "Add Layer…");
        robot.clickOn(robot.lookup(".dialog-pane .text-field").<Node>query()).write("  ");
        assertThat(robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class)
                .lookupButton(javafx.scene.control.ButtonType.OK).isDisabled()).isTrue();
        robot.write("Data");
        assertThat(robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class)
                .lookupButton(javafx.scene.control.ButtonType.OK).isDisabled()).isFalse();
    }

    private Button okButton(FxRobot robot) {
        return (Button) robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class)
                .lookupButton(VendorDialog.APPLY);
    }

    /** Types over both fields of the open name-and-text dialog, as a person does, and confirms it. */
    private void answerNameAndText(FxRobot robot, String name, String text) {
        robot.clickOn("#properties-name");
        shortcut(robot, KeyCode.A);
        robot.write(name);
        robot.clickOn("#properties-text");
        shortcut(robot, KeyCode.A);
        robot.write(text);
        robot.clickOn(robot.lookup(".dialog-pane .button").match(hasText("OK")).<Node>query());
    }

    private List<String> laneCards(FxRobot robot, String layerId, String laneTitle) {
        LayerBand band = view.bandFor(stack().findLayer(layerId).orElseThrow()).orElseThrow();
        Node lane = band.lookupAll(".lane").stream()
                .filter(found -> ((Label) found.lookup(".lane-title")).getText().equals(laneTitle)).findFirst().orElseThrow();
        return lane.lookupAll(".vendor-card").stream().filter(Node::isVisible)
                .map(card -> ((VendorCard) card).getVendor().getName()).toList();
    }

    private List<String> laneTitles(FxRobot robot, String layerId) {
        LayerBand band = view.bandFor(stack().findLayer(layerId).orElseThrow()).orElseThrow();
        return band.lookupAll(".lane").stream().filter(Node::isVisible)
                .map(lane -> ((Label) lane.lookup(".lane-title")).getText()).toList();
    }

    private List<String> visibleCards(FxRobot robot) {
        return robot.lookup(".vendor-card").queryAllAs(VendorCard.class).stream().filter(Node::isVisible)
                .map(card -> card.getVendor().getName()).toList();
    }
}
