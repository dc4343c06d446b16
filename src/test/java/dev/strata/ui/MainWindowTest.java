package dev.strata.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.strata.edit.Document;
import dev.strata.edit.Editor;
import dev.strata.file.StackFiles;
import dev.strata.model.Layer;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private Stage stage;
    private Stack stack;

    @TempDir
    static Path home;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        this.stack = StackFiles.builtIn();
        AppServices services = new AppServices(new UserFiles(home), new FakeFileDialogs(), new BackgroundWork(),
                AppServices.RECOVERY_DELAY, address -> { });
        MainWindow.show(stage, new Editor(Document.untitled(stack)), services);
    }

    @Test
    void titleNamesTheStack(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("AI industry — four-layer framework — Strata");
    }

    @Test
    void aStackWithoutADescriptionLeavesNoBlankLineUnderItsTitle(FxRobot robot) {
        Label description = robot.lookup(".stack-description").queryAs(Label.class);
        Node firstBand = robot.lookup(".layer-band").query();
        double below = firstBand.localToScene(firstBand.getLayoutBounds()).getMinY();
        double descriptionHeight = description.getHeight();
        assertThat(description.isVisible()).isTrue();

        robot.interact(() -> stack.setDescription(null));
        WaitForAsyncUtils.waitForFxEvents();
        double moved = below - firstBand.localToScene(firstBand.getLayoutBounds()).getMinY();
        assertThat(description.isVisible()).isFalse();
        assertThat(moved).as("the bands move up into all of the description's room").isGreaterThanOrEqualTo(descriptionHeight);
        robot.interact(() -> stack.setDescription("Back again."));
        assertThat(description.isVisible()).isTrue();
    }

    @Test
    void theWindowHasTheApplicationIconAndMenusHaveIcons(FxRobot robot) {
        assertThat(stage.getIcons()).hasSize(AppIcon.SIZES.size())
                .allSatisfy(icon -> assertThat(icon.isError()).isFalse());
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(menus.getMenus().get(0).getItems().get(0).getGraphic().getStyleClass())
                .contains("icon", "icon-file-plus-outline");
        Region toolIcon = robot.lookup(".main-toolbar .icon").queryAs(Region.class);
        assertThat(toolIcon.getShape()).as("the icon's shape, from icons.css").isNotNull();
        assertThat(toolIcon.getWidth()).isEqualTo(16);
    }

    @Test
    void everyMenuGivesEachOfItsItemsItsOwnAccessKey(FxRobot robot) {
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(accessKeys(menus.getMenus())).doesNotHaveDuplicates();
        for (Menu menu : menus.getMenus()) {
            assertThat(accessKeys(menu.getItems())).as(menu.getText()).doesNotHaveDuplicates();
        }
    }

    /** The letter after the underscore of each item that has one, in lower case. */
    private static List<Character> accessKeys(List<? extends MenuItem> items) {
        return items.stream().map(MenuItem::getText).filter(text -> text != null && text.contains("_"))
                .map(text -> Character.toLowerCase(text.charAt(text.indexOf('_') + 1))).toList();
    }

    @Test
    void drawsTheFourBandsFromTopToBottom(FxRobot robot) {
        List<LayerBand> bands = bands(robot);
        assertThat(bands).extracting(band -> band.getLayer().getName())
                .containsExactly("Application", "Middleware", "Model", "Infrastructure");
        for (int i = 1; i < bands.size(); i++) {
            assertThat(screenY(bands.get(i))).isGreaterThan(screenY(bands.get(i - 1)));
        }
        assertThat(DrawnText.of(bandNamed(robot, "Infrastructure"))).contains("Infrastructure");
    }

    @Test
    void showsEachVendorAsACardInItsLayersBand(FxRobot robot) {
        assertThat(cardNames(bandNamed(robot, "Infrastructure"))).containsExactly("NVIDIA", "Azure");
        assertThat(cardNames(bandNamed(robot, "Model"))).containsExactly("OpenAI");
        assertThat(cardNames(bandNamed(robot, "Middleware"))).containsExactly("Scale AI", "Pinecone");
        assertThat(cardNames(bandNamed(robot, "Application"))).isEmpty();
        VendorCard nvidia = card(robot, "NVIDIA");
        assertThat(texts(nvidia)).contains("NVIDIA", "GPUs", "NV");
        assertThat(nvidia.isVisible()).isTrue();
    }

    @Test
    void theFrameworksDriversAndAdoptionNotesAreDrawnOnTheirLayers(FxRobot robot) {
        assertThat(driverChips(bandNamed(robot, "Infrastructure")))
                .containsExactly("▲ Hardware cost reductions", "▲ Cloud integration");
        assertThat(driverChips(bandNamed(robot, "Model"))).containsExactly("▲ Model breakthroughs");
        assertThat(driverChips(bandNamed(robot, "Middleware"))).containsExactly("▲ Middleware providers");
        assertThat(driverChips(bandNamed(robot, "Application")))
                .containsExactly("▶ B2B ahead of B2C", "▶ Tool-type apps ahead of social and content platforms");
        Label cost = (Label) bandNamed(robot, "Infrastructure").lookup(".driver-chip");
        assertThat(cost.getTooltip().getText()).contains("under $10,000");
    }

    @Test
    void switchingToTheDarkThemeKeepsTheSelectionAndTheDocumentAndIsRemembered(FxRobot robot) throws Exception {
        robot.clickOn(card(robot, "NVIDIA"));
        Stack before = stack;
        robot.clickOn("View").clickOn("Dark Theme");
        assertThat(Theme.of(stage.getScene())).isEqualTo(Theme.DARK);
        StackView view = robot.lookup(".stack-view").queryAs(StackView.class);
        assertThat(view.getSelection().getVendor().getId()).isEqualTo("nvidia");
        assertThat(view.getStack()).isSameAs(before);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> new UserSettings(new UserFiles(home).settings(), Runnable::run).theme() == Theme.DARK);
        robot.clickOn("View").clickOn("Dark Theme");
        assertThat(Theme.of(stage.getScene())).isEqualTo(Theme.LIGHT);
    }

    @Test
    void f9HidesTheSidePanelToWidenTheStackAndAskingForInsightsBringsItBackAsRemembered(FxRobot robot) throws Exception {
        StackView view = robot.lookup(".stack-view").queryAs(StackView.class);
        double withPanel = view.getWidth();
        robot.clickOn(card(robot, "NVIDIA"));
        robot.type(KeyCode.ENTER);
        assertThat(Focus.isWithin(robot.lookup(".side-tabs").query())).as("Enter went on to the details").isTrue();

        robot.type(KeyCode.F9);
        assertThat(robot.lookup(".side-tabs").tryQuery()).isEmpty();
        assertThat(view.getWidth()).isGreaterThan(withPanel + 200);
        assertThat(stage.getScene().getFocusOwner()).as("the keys go back to the stack, not to the search field")
                .isSameAs(view);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !savedSettings().sidePanelShown());

        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".side-tabs").queryAs(TabPane.class).getSelectionModel()
                .getSelectedItem().getText()).isEqualTo("Insights");
        assertThat(robot.lookup(".insights-chart").tryQuery()).isPresent();
        assertThat(view.getWidth()).isCloseTo(withPanel, within(1.0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> savedSettings().sidePanelShown());

        robot.type(KeyCode.F9);
        robot.interact(view::requestFocus);
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup(".side-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText())
                .as("Enter on a card goes on to its details, bringing them back").isEqualTo("Details");
        assertThat(Focus.isWithin(robot.lookup(".side-tabs").query())).isTrue();
    }

    private static UserSettings savedSettings() {
        return new UserSettings(new UserFiles(home).settings(), Runnable::run);
    }

    @Test
    void keyboardShortcutsListsEveryMenuAcceleratorAndTheStackKeys(FxRobot robot) {
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<String> rows = ShortcutsDialog.rows(menus).stream().map(row -> row[0] + " = " + row[1]).toList();
        assertThat(rows).anyMatch(row -> row.endsWith("File › Save")).anyMatch(row -> row.endsWith("Edit › Undo"))
                .anyMatch(row -> row.endsWith("Edit › Find…")).anyMatch(row -> row.startsWith("Alt+Up / Alt+Down"));
        long accelerators = menus.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> item.getAccelerator() != null).count();
        assertThat(rows).hasSize((int) accelerators + ShortcutsDialog.STACK_KEYS.size());
        robot.type(javafx.scene.input.KeyCode.F1);
        Node table = robot.lookup(".shortcuts").query();
        assertThat(texts(table)).as("every row drawn in full").contains(ShortcutsDialog.STACK_KEYS.get(1)[1])
                .noneMatch(text -> text.endsWith("..."));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void aboutNamesEveryLibraryStrataShipsWithItsLicenceAllInSight(FxRobot robot) {
        robot.clickOn("Help").clickOn("About Strata");
        javafx.scene.control.TextArea licences = robot.lookup(".licences").queryAs(javafx.scene.control.TextArea.class);
        // the jars of target/lib, and the icons' data
        assertThat(licences.getText()).contains("OpenJFX 21", "Monocle", "ControlsFX", "Jackson", "YAML", "SnakeYAML",
                "Material Design Icons");
        assertThat(licences.isWrapText()).as("no line runs off to the side").isTrue();
        assertThat(licences.getPrefRowCount()).as("every line in sight").isGreaterThan((int) licences.getText().lines().count());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void zoomingFarOutShowsSummariesAndCountsAndZoomingInKeepsTheSelectionInView(FxRobot robot) {
        robot.clickOn(card(robot, "NVIDIA"));
        StackView view = robot.lookup(".stack-view").queryAs(StackView.class);
        for (int i = 0; i < 4; i++) {
            robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        }
        assertThat(view.getZoom()).isLessThan(StackView.OVERVIEW_BELOW);
        LayerBand infrastructure = bandNamed(robot, "Infrastructure");
        Label overview = (Label) infrastructure.lookup(".overview");
        assertThat(overview.isVisible()).isTrue();
        assertThat(overview.getText()).startsWith("2 vendors — Hardware 1 · Cloud 1\nAI hardware and cloud services");
        assertThat(robot.lookup(".vendor-card").queryAll()).as("zoomed far out, no cards are drawn").isEmpty();
        Node chevron = infrastructure.lookup(".chevron");
        assertThat(chevron.localToScreen(chevron.getLayoutBounds()).getWidth()).as("the chevron can still be seen")
                .isGreaterThanOrEqualTo(6);

        for (int i = 0; i < 8; i++) {
            robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getZoom()).isGreaterThan(1.5);
        assertThat(view.getSelection().getVendor().getId()).isEqualTo("nvidia");
        Node scroller = robot.lookup(".stack-scroller").query();
        javafx.geometry.Bounds visible = scroller.localToScreen(scroller.getLayoutBounds());
        javafx.geometry.Bounds selected = card(robot, "NVIDIA").localToScreen(card(robot, "NVIDIA").getLayoutBounds());
        assertThat(visible.contains(selected.getCenterX(), selected.getCenterY())).as("the selected card is in view").isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        assertThat(view.getZoom()).isEqualTo(1.0);
        assertThat(overview.isVisible()).isFalse();
    }

    @Test
    void theStatusBarShowsTheZoomAwayFromActualSizeAndAClickOnItGoesBack(FxRobot robot) {
        StackView view = robot.lookup(".stack-view").queryAs(StackView.class);
        Hyperlink level = robot.lookup(".zoom-level").queryAs(Hyperlink.class);
        assertThat(level.isVisible()).as("at actual size it says nothing").isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        assertThat(level.isVisible()).isTrue();
        assertThat(level.getText()).isEqualTo("80 %");
        robot.clickOn(level);
        assertThat(view.getZoom()).isEqualTo(1.0);
        assertThat(level.isVisible()).isFalse();
    }

    @Test
    void ctrlAndTheWheelZoomOneStepANotchWhileThePlainWheelScrolls(FxRobot robot) {
        StackView view = robot.lookup(".stack-view").queryAs(StackView.class);
        ScrollPane scroller = robot.lookup(".stack-scroller").queryAs(ScrollPane.class);
        robot.moveTo(bandNamed(robot, "Model"));
        // which way a notch goes differs between platforms (Monocle's wheel runs opposite to a desktop's)
        robot.press(KeyCode.CONTROL).scroll(1, VerticalDirection.UP).release(KeyCode.CONTROL);
        double oneNotch = view.getZoom();
        assertThat(List.of(StackView.ZOOM_STEP, 1 / StackView.ZOOM_STEP))
                .anySatisfy(step -> assertThat(oneNotch).isCloseTo(step, within(1e-9)));
        robot.press(KeyCode.CONTROL).scroll(2, VerticalDirection.DOWN).release(KeyCode.CONTROL);
        assertThat(view.getZoom()).isCloseTo(1 / oneNotch, within(1e-9));
        assertThat(scroller.getVvalue()).as("Ctrl+wheel does not scroll").isZero();

        // drawn twice as large, the stack is taller than any window: the wheel has room to scroll
        robot.interact(() -> view.setZoom(StackView.MAX_ZOOM));
        robot.interact(() -> scroller.setVvalue(0.5));
        robot.scroll(3, VerticalDirection.DOWN);
        assertThat(view.getZoom()).isEqualTo(StackView.MAX_ZOOM);
        assertThat(scroller.getVvalue()).as("the plain wheel still scrolls").isNotEqualTo(0.5);
    }

    private static List<String> driverChips(LayerBand band) {
        return band.lookupAll(".driver-chip").stream().map(node -> ((Label) node).getText()).toList();
    }

    @Test
    void screenReadersHearWhatACardAndABandAre(FxRobot robot) {
        assertThat(card(robot, "NVIDIA").getAccessibleText()).isEqualTo("NVIDIA, GPUs, Infrastructure layer");
        assertThat(bandNamed(robot, "Model").getAccessibleText()).isEqualTo("Model layer");
        assertThat(robot.lookup(".add-vendor").queryAllAs(Hyperlink.class))
                .extracting(Node::getAccessibleText)
                .contains("Add a vendor to B2B in the Application layer", "Add a vendor to B2C in the Application layer");
    }

    @Test
    void renamingAVendorInTheModelUpdatesItsCard(FxRobot robot) {
        Vendor nvidia = stack.findVendor("nvidia").orElseThrow();
        robot.interact(() -> nvidia.setName("Nvidia Corp"));
        assertThat(texts(card(robot, "Nvidia Corp"))).contains("Nvidia Corp", "NC");
        assertThat(robot.lookup(".vendor-card").queryAllAs(VendorCard.class))
                .extracting(card -> card.getVendor().getName()).doesNotContain("NVIDIA");
    }

    @Test
    void aNameTooLongForItsCardIsCutWithAnEllipsisAndReadWhole(FxRobot robot) {
        Vendor nvidia = stack.findVendor("nvidia").orElseThrow();
        String longName = "NVIDIA Accelerated Computing and Networking Division";
        robot.interact(() -> nvidia.setName(longName));
        VendorCard card = card(robot, longName);
        WaitForAsyncUtils.waitForFxEvents();
        Text name = (Text) card.lookup(".name");
        assertThat(name.getText()).startsWith("NVIDIA").endsWith(TextFit.ELLIPSIS).hasSizeLessThan(longName.length());
        Bounds drawn = card.sceneToLocal(name.localToScene(name.getBoundsInLocal()));
        assertThat(drawn.getMaxX()).as("the name ends inside the card").isLessThanOrEqualTo(card.getWidth());
        assertThat(card.getAccessibleText()).startsWith(longName + ", ");

        robot.interact(() -> nvidia.setName("NVIDIA"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(name.getText()).isEqualTo("NVIDIA");
    }

    @Test
    void movingAVendorInTheModelMovesItsCard(FxRobot robot) {
        Vendor nvidia = stack.findVendor("nvidia").orElseThrow();
        Layer infrastructure = stack.findLayer("infrastructure").orElseThrow();
        Layer model = stack.findLayer("model").orElseThrow();
        robot.interact(() -> {
            infrastructure.getVendors().remove(nvidia);
            model.getVendors().add(0, nvidia);
        });
        assertThat(cardNames(bandNamed(robot, "Model"))).containsExactly("NVIDIA", "OpenAI");
        assertThat(cardNames(bandNamed(robot, "Infrastructure"))).containsExactly("Azure");
        assertThat(texts(bandNamed(robot, "Model"))).contains("2 vendors");
    }

    @Test
    void collapsingAllLayersLeavesOnlyTheirTitles(FxRobot robot) {
        robot.clickOn("View").clickOn("Collapse All Layers");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bands(robot)).allSatisfy(band -> assertThat(band.isExpanded()).isFalse());
        assertThat(showing(card(robot, "NVIDIA"))).isFalse();
        robot.clickOn("View").clickOn("Expand All Layers");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bands(robot)).allSatisfy(band -> assertThat(band.isExpanded()).isTrue());
        assertThat(showing(card(robot, "NVIDIA"))).isTrue();
    }

    private static List<LayerBand> bands(FxRobot robot) {
        return List.copyOf(robot.lookup(".layer-band").queryAllAs(LayerBand.class));
    }

    private static LayerBand bandNamed(FxRobot robot, String name) {
        return bands(robot).stream().filter(band -> band.getLayer().getName().equals(name)).findFirst().orElseThrow();
    }

    private static VendorCard card(FxRobot robot, String name) {
        return robot.lookup(".vendor-card").queryAllAs(VendorCard.class).stream()
                .filter(card -> card.getVendor().getName().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> cardNames(LayerBand band) {
        return DrawnCards.names(band);
    }

    private static List<String> texts(Node root) {
        return DrawnText.of(root);
    }

    /** Whether the node and all its parents are visible. */
    private static boolean showing(Node node) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (!current.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static double screenY(Node node) {
        return node.localToScreen(node.getBoundsInLocal()).getMinY();
    }
}
