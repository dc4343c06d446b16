package dev.strata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.edit.Document;
import dev.strata.edit.Editor;
import dev.strata.file.StackFiles;
import dev.strata.model.DriverKind;
import dev.strata.model.Layer;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Right-click menus on cards, bands and the stack, and the keyboard's way to open them. */
@ExtendWith(ApplicationExtension.class)
class ContextMenuTest {

    private Editor editor;
    private StackView view;
    private final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        editor = new Editor(Document.untitled(StackFiles.builtIn()));
        AppServices services = TestServices.inTempHome(opened::add);
        view = MainWindow.show(stage, editor, services).stackView();
    }

    @AfterEach
    void closeMenus(FxRobot robot) {
        MonocleMenu.closeAll(robot);
    }

    private Stack stack() {
        return editor.getDocument().stack();
    }

    private List<String> vendorIds(String layerId) {
        return stack().findLayer(layerId).orElseThrow().getVendors().stream().map(Vendor::getId).toList();
    }

    @Test
    void aRightClickOnACardSelectsItAndOffersTheVendorsCommands(FxRobot robot) {
        MonocleMenu.rightClickOn(robot, OnScreen.card(robot, "Pinecone"));
        assertThat(view.getSelection().getVendor().getId()).isEqualTo("pinecone");
        assertThat(MonocleMenu.shownItems(robot)).containsExactly("Edit Vendor…", "Duplicate Vendor", "Delete Vendor", "---",
                "Cut", "Copy", "Paste", "---", "Move to Layer", "Add Link…", "Open Website");

        MonocleMenu.clickItem(robot, "Duplicate Vendor");
        assertThat(vendorIds("middleware")).containsExactly("scale-ai", "pinecone", "pinecone-copy");
        assertThat(editor.getDocument().history().undoDescriptionProperty().get()).isEqualTo("Duplicate Pinecone");
    }

    @Test
    void theMenuShowsTheMenuBarsShortcutsAndTheKeysStayTheMenuBars(FxRobot robot) {
        MonocleMenu.rightClickOn(robot, OnScreen.card(robot, "Pinecone"));
        assertThat(MonocleMenu.shownMenuItem(robot, "Cut").getAccelerator()).isEqualTo(KeyCombination.valueOf("Shortcut+X"));
        assertThat(MonocleMenu.shownMenuItem(robot, "Edit Vendor…").getAccelerator()).isEqualTo(KeyCombination.valueOf("F2"));
        robot.type(KeyCode.ESCAPE);

        robot.press(KeyCode.CONTROL, KeyCode.X).release(KeyCode.X, KeyCode.CONTROL);
        assertThat(vendorIds("middleware")).containsExactly("scale-ai");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(vendorIds("middleware")).containsExactly("scale-ai", "pinecone");
        assertThat(editor.getDocument().history().canUndoProperty().get()).as("one step, undone").isFalse();
    }

    @Test
    void moveToLayerMovesTheVendorThereAsOneUndoableStep(FxRobot robot) {
        MonocleMenu.rightClickOn(robot, OnScreen.card(robot, "OpenAI"));
        Menu moveTo = (Menu) MonocleMenu.shownMenuItem(robot, "Move to Layer");
        assertThat(moveTo.getItems()).as("the layer it is in").filteredOn(MenuItem::isDisable)
                .extracting(MenuItem::getText).containsExactly("Model");
        MonocleMenu.clickSubmenuItem(robot, "Move to Layer", "Application");

        assertThat(vendorIds("application")).containsExactly("openai");
        assertThat(vendorIds("model")).isEmpty();
        assertThat(DrawnCards.names(OnScreen.band(robot, "Application"))).containsExactly("OpenAI");
        assertThat(view.getSelection().getVendor().getId()).isEqualTo("openai");
        assertThat(editor.getDocument().history().undoDescriptionProperty().get()).isEqualTo("Move OpenAI to Application");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(vendorIds("model")).containsExactly("openai");
    }

    @Test
    void removeLinkListsTheVendorsLinksAsTheDetailsReadThem(FxRobot robot) {
        MonocleMenu.rightClickOn(robot, OnScreen.card(robot, "OpenAI"));
        MonocleMenu.clickSubmenuItem(robot, "Remove Link", "trains on NVIDIA");
        assertThat(stack().getLinks()).extracting(link -> link.getFrom() + " " + link.getKind() + " " + link.getTo())
                .containsExactly("openai runs-on azure");
        assertThat(editor.getDocument().history().canUndoProperty().get()).isTrue();

        MonocleMenu.rightClickOn(robot, OnScreen.card(robot, "Pinecone"));
        assertThat(MonocleMenu.shownItems(robot)).doesNotContain("Remove Link");
    }

    @Test
    void openWebsiteOpensTheVendorsAddress(FxRobot robot) {
        MonocleMenu.rightClickOn(robot, OnScreen.card(robot, "OpenAI"));
        MonocleMenu.clickItem(robot, "Open Website");
        assertThat(opened).containsExactly(stack().findVendor("openai").orElseThrow().getWebsite());
    }

    @Test
    void aRightClickOnABandOffersTheLayersCommandsAndFoldsIt(FxRobot robot) {
        LayerBand model = OnScreen.band(robot, "Model");
        MonocleMenu.rightClickOn(robot, model.lookup(".summary"));
        Layer layer = view.getSelection().getLayer();
        assertThat(layer.getId()).isEqualTo("model");
        assertThat(view.getSelection().getVendor()).isNull();
        assertThat(MonocleMenu.shownItems(robot)).containsExactly("Add Vendor…", "Paste", "Edit Layer…", "Add Segment…", "Add Driver…",
                "Sort Vendors by Name", "---", "Move Layer Up", "Move Layer Down", "Delete Layer…", "---", "Collapse Layer");
        assertThat(MonocleMenu.shownMenuItem(robot, "Sort Vendors by Name").isDisable()).as("one vendor is in order").isTrue();

        MonocleMenu.clickItem(robot, "Collapse Layer");
        assertThat(view.getCollapsedLayers()).containsExactly(layer);
        MonocleMenu.rightClickOn(robot, model.lookup(".header .name"));
        assertThat(MonocleMenu.shownItems(robot)).contains("Expand Layer");
        MonocleMenu.clickItem(robot, "Expand Layer");
        assertThat(view.getCollapsedLayers()).isEmpty();
    }

    @Test
    void sortVendorsByNamePutsTheLayersCardsInOrderInOneUndoableStep(FxRobot robot) {
        LayerBand middleware = OnScreen.band(robot, "Middleware");
        assertThat(DrawnCards.names(middleware)).containsExactly("Scale AI", "Pinecone");
        MonocleMenu.rightClickOn(robot, middleware.lookup(".summary"));
        MonocleMenu.clickItem(robot, "Sort Vendors by Name");
        assertThat(vendorIds("middleware")).containsExactly("pinecone", "scale-ai");
        assertThat(DrawnCards.names(middleware)).containsExactly("Pinecone", "Scale AI");
        assertThat(editor.getDocument().history().undoDescriptionProperty().get()).isEqualTo("Sort Middleware by name");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(vendorIds("middleware")).containsExactly("scale-ai", "pinecone");
        assertThat(editor.getDocument().isDirty()).isFalse();
    }

    @Test
    void driversAreAddedEditedAndDeletedFromTheirBandAndChip(FxRobot robot) {
        LayerBand model = OnScreen.band(robot, "Model");
        MonocleMenu.rightClickOn(robot, model.lookup(".summary"));
        MonocleMenu.clickItem(robot, "Add Driver…");
        answerDriver(robot, "Open weights", "Open models narrow the gap.", "Adoption note (▶)");
        assertThat(driverChips(model)).containsExactly("▲ Model breakthroughs", "▶ Open weights");
        assertThat(stack().getDrivers()).filteredOn(driver -> driver.getName().equals("Open weights")).singleElement()
                .satisfies(driver -> {
                    assertThat(driver.getId()).isEqualTo("open-weights");
                    assertThat(driver.getLayer()).isEqualTo("model");
                    assertThat(driver.getText()).isEqualTo("Open models narrow the gap.");
                    assertThat(driver.getKind()).isEqualTo(DriverKind.ADOPTION);
                });

        MonocleMenu.rightClickOn(robot, chip(model, "▶ Open weights"));
        assertThat(MonocleMenu.shownItems(robot)).containsExactly("Edit Driver…", "Delete Driver");
        MonocleMenu.clickItem(robot, "Edit Driver…");
        answerDriver(robot, "Open-weight models", "Open models narrow the gap.", "Market driver (▲)");
        assertThat(driverChips(model)).containsExactly("▲ Model breakthroughs", "▲ Open-weight models");

        MonocleMenu.rightClickOn(robot, chip(model, "▲ Open-weight models"));
        MonocleMenu.clickItem(robot, "Delete Driver");
        assertThat(driverChips(model)).containsExactly("▲ Model breakthroughs");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(driverChips(model)).containsExactly("▲ Model breakthroughs", "▲ Open-weight models");
    }

    private void answerDriver(FxRobot robot, String name, String text, String kind) {
        robot.clickOn("#properties-name");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(name);
        robot.clickOn("#properties-text");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
        robot.clickOn("#properties-kind").clickOn(kind);
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAllAs(Labeled.class).stream()
                .filter(button -> button.getText().equals("OK")).findFirst().orElseThrow());
    }

    private static List<String> driverChips(LayerBand band) {
        return band.lookupAll(".driver-chip").stream().map(node -> ((Labeled) node).getText()).toList();
    }

    private static Node chip(LayerBand band, String text) {
        return band.lookupAll(".driver-chip").stream().filter(node -> ((Labeled) node).getText().equals(text))
                .findFirst().orElseThrow();
    }

    @Test
    void itemsAreEnabledAsTheMenuBarsAre(FxRobot robot) {
        MonocleMenu.rightClickOn(robot, OnScreen.band(robot, "Application").lookup(".summary"));
        assertThat(MonocleMenu.shownMenuItem(robot, "Move Layer Up").isDisable()).as("the top layer").isTrue();
        assertThat(MonocleMenu.shownMenuItem(robot, "Move Layer Down").isDisable()).isFalse();
        MonocleMenu.clickItem(robot, "Move Layer Down");
        assertThat(stack().getLayers()).extracting(Layer::getId)
                .containsExactly("infrastructure", "model", "application", "middleware");
    }

    @Test
    void aRightClickBesideTheBandsOffersTheStacksCommands(FxRobot robot) {
        Node bands = robot.lookup(".stack-view .bands").query();
        Bounds padding = bands.localToScreen(bands.getLayoutBounds());
        MonocleMenu.rightClickAt(robot, bands.getScene(), new Point2D(padding.getMinX() + 10, padding.getMinY() + 4));
        assertThat(MonocleMenu.shownItems(robot)).containsExactly("Add Layer…", "Stack Properties…", "---",
                "Expand All Layers", "Collapse All Layers");
        MonocleMenu.clickItem(robot, "Collapse All Layers");
        assertThat(view.getCollapsedLayers()).hasSize(4);
    }

    @Test
    void shiftF10OpensTheMenuOfTheSelection(FxRobot robot) {
        robot.clickOn(OnScreen.card(robot, "Scale AI"));
        robot.press(KeyCode.SHIFT, KeyCode.F10).release(KeyCode.F10, KeyCode.SHIFT);
        assertThat(MonocleMenu.shownItems(robot)).startsWith("Edit Vendor…", "Duplicate Vendor", "Delete Vendor");
        MonocleMenu.clickItem(robot, "Delete Vendor");
        assertThat(vendorIds("middleware")).containsExactly("pinecone");
    }
}
