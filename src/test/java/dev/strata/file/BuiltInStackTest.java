package dev.strata.file;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.strata.model.Driver;
import dev.strata.model.DriverKind;
import dev.strata.model.Layer;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltInStackTest {

    private final Stack stack = StackFiles.builtIn();

    @Test
    void holdsTheFourLayersOfTheFrameworkFromTheBottomUp() {
        assertThat(stack.getLayers()).extracting(Layer::getName)
                .containsExactly("Infrastructure", "Model", "Middleware", "Application");
        assertThat(stack.getTitle()).isEqualTo("AI industry — four-layer framework");
        assertThat(stack.getLayers()).allSatisfy(layer -> assertThat(layer.getSummary()).isNotBlank());
    }

    @Test
    void placesTheFiveVendorsTheArticleNamesInTheirLayers() {
        assertThat(stack.vendorCount()).isEqualTo(5);
        assertThat(vendorsOf("infrastructure")).containsExactly("NVIDIA", "Azure");
        assertThat(vendorsOf("model")).containsExactly("OpenAI");
        assertThat(vendorsOf("middleware")).containsExactly("Scale AI", "Pinecone");
        assertThat(vendorsOf("application")).isEmpty();
        assertThat(stack.vendors()).allSatisfy(vendor -> {
            assertThat(vendor.getRole()).isNotBlank();
            assertThat(vendor.getDescription()).isNotBlank();
        });
    }

    @Test
    void hasTheSegmentsOfInfrastructureAndApplication() {
        assertThat(stack.findLayer("infrastructure").orElseThrow().getSegments())
                .extracting(segment -> segment.getName()).containsExactly("Hardware", "Cloud");
        assertThat(stack.findLayer("application").orElseThrow().getSegments())
                .extracting(segment -> segment.getName()).containsExactly("B2B", "B2C");
        assertThat(stack.findVendor("nvidia").orElseThrow().getSegment()).isEqualTo("hardware");
        assertThat(stack.findVendor("azure").orElseThrow().getSegment()).isEqualTo("cloud");
    }

    @Test
    void carriesTheFourDriversAndTheTwoAdoptionNotes() {
        assertThat(stack.getDrivers()).filteredOn(driver -> driver.getKind() == DriverKind.DRIVER)
                .extracting(Driver::getName, Driver::getLayer)
                .containsExactly(
                        tuple("Hardware cost reductions", "infrastructure"),
                        tuple("Cloud integration", "infrastructure"),
                        tuple("Model breakthroughs", "model"),
                        tuple("Middleware providers", "middleware"));
        assertThat(stack.getDrivers()).filteredOn(driver -> driver.getKind() == DriverKind.ADOPTION)
                .extracting(Driver::getName)
                .containsExactly("B2B ahead of B2C", "Tool-type apps ahead of social and content platforms");
    }

    @Test
    void writingThenReadingGivesAnEqualStack() throws StackFileException {
        StackRecord written = StackMapper.toRecord(stack);
        StackRecord read = StackCodec.read(StackCodec.write(written), "memory");
        assertThat(read).isEqualTo(written);
    }

    @Test
    void theSampleFileIsTheBuiltInStackInCanonicalForm() throws IOException {
        byte[] sample = Files.readAllBytes(Path.of("samples/four-layer-ai-stack.stack.json"));
        assertThat(new String(StackCodec.write(StackMapper.toRecord(stack)), UTF_8))
                .isEqualTo(new String(sample, UTF_8));
    }

    private List<String> vendorsOf(String layerId) {
        return stack.findLayer(layerId).orElseThrow().getVendors().stream().map(Vendor::getName).toList();
    }
}
