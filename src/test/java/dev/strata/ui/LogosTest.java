package dev.strata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.file.StackFiles;
import dev.strata.model.Layer;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Logos come only from inside the stack file's folder, small enough, and fall back to initials. */
@ExtendWith(ApplicationExtension.class)
class LogosTest {

    @TempDir
    Path root;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private Path folder() throws IOException {
        Path folder = Files.createDirectories(root.resolve("maps"));
        Files.createDirectories(folder.resolve("logos"));
        writePng(folder.resolve("logos/good.png"), 300);
        writePng(root.resolve("outside.png"), 50);
        Files.write(folder.resolve("logos/huge.png"), new byte[(int) Logos.MAX_BYTES + 1]);
        Files.writeString(folder.resolve("logos/broken.png"), "not a picture");
        Files.createSymbolicLink(folder.resolve("logos/escape.png"), root.resolve("outside.png"));
        return folder;
    }

    private static void writePng(Path file, int size) throws IOException {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xff0000);
        ImageIO.write(image, "png", file.toFile());
    }

    @Test
    void onlyFilesInsideTheFolderAndSmallEnoughAreRead() throws IOException {
        Logos logos = Logos.forWindow(folder());
        assertThat(logos.resolve("logos/good.png")).isPresent();
        assertThat(logos.resolve("../outside.png")).isEmpty();
        assertThat(logos.resolve(root.resolve("outside.png").toString())).isEmpty();
        assertThat(logos.resolve("logos/escape.png")).as("a link out of the folder").isEmpty();
        assertThat(logos.resolve("logos/huge.png")).isEmpty();
        assertThat(logos.resolve("logos/missing.png")).isEmpty();
        assertThat(Logos.NONE.logo("logos/good.png")).isEmpty();
    }

    @Test
    void aGoodLogoIsDecodedAtBadgeSize() throws IOException {
        Logos logos = Logos.forPicture(folder());
        assertThat(logos.logo("logos/good.png")).hasValueSatisfying(image -> {
            assertThat(image.isError()).isFalse();
            assertThat(image.getWidth()).isLessThanOrEqualTo(Logos.DECODED_SIZE);
        });
    }

    @Test
    void cardsShowTheirLogoOrElseTheirInitials(FxRobot robot) throws Exception {
        Path folder = folder();
        Stack stack = StackFiles.builtIn();
        Layer infrastructure = stack.findLayer("infrastructure").orElseThrow();
        Vendor nvidia = stack.findVendor("nvidia").orElseThrow();
        Vendor azure = stack.findVendor("azure").orElseThrow();
        nvidia.setLogo("logos/good.png");
        azure.setLogo("logos/broken.png");
        LayerBand band = new LayerBand(infrastructure, FXCollections.observableArrayList(), Logos.forWindow(folder));
        robot.interact(() -> {
            Scene scene = new Scene(band, 900, 200);
            Theme.LIGHT.applyTo(scene);
            stage.setScene(scene);
            stage.show();
        });
        VendorCard nvidiaCard = band.cardFor(nvidia).orElseThrow();
        VendorCard azureCard = band.cardFor(azure).orElseThrow();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> nvidiaCard.lookup(".image-view") != null && nvidiaCard.lookup(".image-view").isVisible());
        assertThat(((ImageView) nvidiaCard.lookup(".image-view")).getImage()).isNotNull();
        assertThat(nvidiaCard.lookup(".initials").isVisible()).isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Text) azureCard.lookup(".initials")).getText()).isEqualTo("AZ");
        assertThat(azureCard.lookup(".initials").isVisible()).isTrue();
        assertThat(azureCard.lookup(".image-view")).as("a card without a logo makes no image node").isNull();
    }
}
