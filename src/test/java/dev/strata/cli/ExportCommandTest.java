package dev.strata.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** {@code strata export}: pictures of the stack drawn without a display. */
class ExportCommandTest {

    private static final String SAMPLE = "samples/four-layer-ai-stack.stack.json";

    @TempDir
    Path folder;

    private final CliRun cli = new CliRun();

    @Test
    void aPngOfTheBuiltInStackIsWideAndNotBlank() throws IOException {
        Path png = folder.resolve("stack.png");
        assertThat(cli.run("export", SAMPLE, "--png", png.toString())).isEqualTo(Cli.OK);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(1200);
        assertThat(image.getHeight()).isGreaterThan(400);
        assertThat(distinctColours(image)).isGreaterThan(50);
    }

    @Test
    void scaleTwoDoublesThePixelsAndTheDarkThemeDiffersFromTheLight() throws IOException {
        Path light = folder.resolve("light.png");
        Path dark = folder.resolve("dark.png");
        Path large = folder.resolve("large.png");
        assertThat(cli.run("export", SAMPLE, "--png", light.toString())).isEqualTo(Cli.OK);
        assertThat(cli.run("export", SAMPLE, "--png", dark.toString(), "--theme", "dark")).isEqualTo(Cli.OK);
        assertThat(cli.run("export", SAMPLE, "--png", large.toString(), "--scale", "2")).isEqualTo(Cli.OK);
        BufferedImage lightImage = ImageIO.read(light.toFile());
        BufferedImage darkImage = ImageIO.read(dark.toFile());
        assertThat(ImageIO.read(large.toFile()).getWidth()).isEqualTo(2 * lightImage.getWidth());
        assertThat(brightness(darkImage.getRGB(2, 2))).isLessThan(brightness(lightImage.getRGB(2, 2)) - 100);
    }

    @Test
    void anSvgIsWellFormedXmlWithAGroupPerLayer() throws Exception {
        Path svg = folder.resolve("stack.svg");
        assertThat(cli.run("export", SAMPLE, "--svg", svg.toString())).isEqualTo(Cli.OK);
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        NodeList groups = document.getElementsByTagName("g");
        assertThat(groups.getLength()).isEqualTo(4);
        String[] ids = new String[groups.getLength()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = groups.item(i).getAttributes().getNamedItem("id").getNodeValue();
        }
        assertThat(ids).containsExactly("layer-application", "layer-middleware", "layer-model", "layer-infrastructure");
        assertThat(Files.readString(svg, UTF_8)).contains(">NVIDIA</text>").contains(">Scale AI</text>")
                .as("the empty segments' frames, dashed as drawn").containsPattern("stroke-dasharray=\"[0-9.]+ [0-9.]+\"")
                .contains(">No vendors in this segment</text>").as("nothing to click in a picture")
                .doesNotContain("Add Vendor");
    }

    @Test
    void badRequestsAreRefusedWithOneLine() throws IOException {
        assertThat(cli.run("export", SAMPLE)).isEqualTo(Cli.USAGE);
        assertThat(cli.run("export", SAMPLE, "--png", "a.png", "--svg", "b.svg")).isEqualTo(Cli.USAGE);
        assertThat(cli.run("export", SAMPLE, "--png", "a.png", "--theme", "pink")).isEqualTo(Cli.USAGE);
        assertThat(cli.run("export", SAMPLE, "--png", "a.png", "--scale", "x")).isEqualTo(Cli.USAGE);
        Path bad = Files.writeString(folder.resolve("bad.stack.json"), "{");
        assertThat(cli.run("export", bad.toString(), "--png", folder.resolve("x.png").toString())).isEqualTo(Cli.FAILED);
        assertThat(cli.err()).contains(bad + ":1:").doesNotContain("Exception");
        assertThat(folder.resolve("x.png")).doesNotExist();
    }

    @Test
    void aPictureTooLargeToDrawIsRefusedWithItsSizeAndWhatToDoInstead() throws IOException {
        Path big = folder.resolve("big.stack.json");
        Files.write(big, dev.strata.file.StackCodec.write(dev.strata.file.StackFiles.snapshot(GeneratedStack.of(600, 42))));
        Path png = folder.resolve("big.png");
        assertThat(cli.run("export", big.toString(), "--png", png.toString(), "--scale", "4")).isEqualTo(Cli.FAILED);
        assertThat(cli.err().lines()).singleElement().asString()
                .as("refused from the vendors' count, before a card is made")
                .matches("strata export: The picture would be 5,600 × [0-9,]+ pixels or more, more than 100 million;"
                        + " export it as SVG, or at a smaller size\\.");
        assertThat(png).doesNotExist();
        assertThat(cli.run("export", big.toString(), "--svg", folder.resolve("big.svg").toString())).isEqualTo(Cli.OK);
    }

    private static long distinctColours(BufferedImage image) {
        return Arrays.stream(image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()))
                .distinct().count();
    }

    private static int brightness(int argb) {
        return ((argb >> 16) & 0xff) + ((argb >> 8) & 0xff) + (argb & 0xff);
    }
}
