package dev.strata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.edit.Document;
import dev.strata.edit.Editor;
import dev.strata.model.Layer;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.nio.file.Files;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** With 10,000 vendors the window draws counts, not cards, until a search narrows them down. */
@ExtendWith(ApplicationExtension.class)
class LargeStackTest {

    private static final int PER_LAYER = 2500;

    private Stage stage;

    static Stack generated(int perLayer) {
        Stack stack = new Stack();
        stack.setTitle("Generated");
        for (int l = 0; l < 4; l++) {
            Layer layer = new Layer("layer-" + l, "Layer " + l);
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
        AppServices services = new AppServices(new UserFiles(Files.createTempDirectory("strata-home")),
                new FakeFileDialogs(), new BackgroundWork(), Duration.seconds(30), address -> { });
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

    @Test
    void tenThousandVendorsAreDrawnAsCountsWithFewNodes(FxRobot robot) {
        assertThat(robot.lookup(".vendor-card").queryAll()).isEmpty();
        assertThat(nodes(stage.getScene().getRoot())).isLessThan(3000);
        Label overview = (Label) robot.lookup(".layer-band .overview").query();
        assertThat(overview.isVisible()).isTrue();
        assertThat(overview.getText()).startsWith("2500 vendors\nToo many to draw as cards");
    }

    @Test
    void aSearchBringsTheMatchingCardsBackAndClearingItDropsThemAgain(FxRobot robot) {
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        robot.interact(() -> search.setText("vendor 2-12"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".vendor-card").queryAll()).hasSize(111);
        assertThat(robot.lookup(".match-count").queryAs(Label.class).getText()).isEqualTo("111 of 10000 vendors");
        robot.interact(search::clear);
        assertThat(robot.lookup(".vendor-card").queryAll()).isEmpty();
    }
}
