package dev.strata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The zoomed stack: scaled size outside, actual-size layout inside, and changes kept inside. */
@ExtendWith(ApplicationExtension.class)
class ZoomPaneTest {

    private final VBox content = new VBox();
    private final Region child = new Region();
    private ZoomPane pane;

    @Start
    void start(Stage stage) {
        child.setPrefSize(400, 300);
        content.getChildren().add(child);
        pane = new ZoomPane(content);
        stage.setScene(new Scene(new StackPane(pane), 800, 600));
        stage.show();
    }

    @Test
    void reportsTheScaledSizeAndLaysTheContentOutAtActualSize(FxRobot robot) {
        robot.interact(() -> {
            pane.zoomProperty().set(0.5);
            pane.resize(800, pane.prefHeight(800));
            pane.layout();
        });
        assertThat(pane.prefHeight(800)).isEqualTo(150);
        assertThat(content.getWidth()).as("laid out across width / zoom").isEqualTo(1600);
        assertThat(content.getBoundsInParent().getWidth()).isEqualTo(800);
    }

    @Test
    void aChangeInsideDoesNotChangeThePanesLayoutBounds(FxRobot robot) {
        AtomicInteger changes = new AtomicInteger();
        AtomicInteger changesBeforeLayout = new AtomicInteger();
        robot.interact(() -> {
            // a scroll pane listens to its content's layout bounds like this
            pane.layoutBoundsProperty().addListener((obs, was, now) -> changes.incrementAndGet());
            child.setPrefSize(420, 320);
            child.resize(420, 320);
            changesBeforeLayout.set(changes.get());
        });
        assertThat(changesBeforeLayout).as("a Group's bounds would follow every child at once").hasValue(0);
    }
}
