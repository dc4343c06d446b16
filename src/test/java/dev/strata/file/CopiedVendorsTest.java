package dev.strata.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopiedVendorsTest {

    private final Stack stack = StackFiles.builtIn();
    private final Vendor nvidia = stack.findVendor("nvidia").orElseThrow();

    @Test
    void aCopiedVendorIsAStackFileThatGivesItBackWhole() throws Exception {
        String text = CopiedVendors.write(stack, List.of(nvidia));
        assertThat(text).startsWith("{\n  \"format\": \"strata-stack\"").contains("\"hardware\"").doesNotContain("\"cloud\"");

        CopiedVendors.Pasted pasted = CopiedVendors.read(text);
        assertThat(pasted.links()).isEmpty();
        assertThat(pasted.vendors()).singleElement().satisfies(vendor -> {
            assertThat(vendor).isNotSameAs(nvidia);
            assertThat(vendor.getId()).isEqualTo("nvidia");
            assertThat(vendor.getName()).isEqualTo(nvidia.getName());
            assertThat(vendor.getSegment()).isEqualTo("hardware");
            assertThat(vendor.getRole()).isEqualTo(nvidia.getRole());
            assertThat(vendor.getDescription()).isEqualTo(nvidia.getDescription());
            assertThat(vendor.getTags()).isEqualTo(nvidia.getTags());
            assertThat(vendor.getWebsite()).isEqualTo(nvidia.getWebsite());
        });
    }

    @Test
    void theTextOfAWholeStackFilePastesAllItsVendors() throws Exception {
        String sample = Files.readString(Path.of("samples/four-layer-ai-stack.stack.json"));
        assertThat(CopiedVendors.read(sample).vendors()).extracting(Vendor::getId)
                .containsExactly("nvidia", "azure", "openai", "scale-ai", "pinecone");
    }

    @Test
    void vendorsOfSeveralLayersCopyInTheirOrderWithTheLinksAmongThem() throws Exception {
        Vendor openai = stack.findVendor("openai").orElseThrow();
        Vendor pinecone = stack.findVendor("pinecone").orElseThrow();
        CopiedVendors.Pasted pasted = CopiedVendors.read(CopiedVendors.write(stack, List.of(pinecone, openai, nvidia)));

        assertThat(pasted.vendors()).extracting(Vendor::getId).containsExactly("pinecone", "openai", "nvidia");
        // OpenAI also runs on Azure, which was not copied: only the link between two copied vendors comes along
        assertThat(pasted.links()).singleElement().satisfies(link -> {
            assertThat(link.getFrom()).isEqualTo("openai");
            assertThat(link.getTo()).isEqualTo("nvidia");
        });
    }

    @Test
    void textThatIsNoStackIsRefusedWithWhereAndWhy() {
        StackFileException error = catchThrowableOfType(() -> CopiedVendors.read("NVIDIA, GPUs"), StackFileException.class);
        assertThat(error.lines()).singleElement().asString()
                .isEqualTo("the clipboard:1:1: The clipboard holds text, not vendors copied from Strata or a stack file.");
        StackFileException broken = catchThrowableOfType(() -> CopiedVendors.read("{\"format\": \"strata-stack\",\n  \"version\" 1}"),
                StackFileException.class);
        assertThat(broken.lines()).as("JSON typed by hand is told where it breaks").singleElement().asString()
                .startsWith("the clipboard:2:13: malformed JSON");
    }

    @Test
    void aStackWithoutVendorsHasNothingToPaste() {
        String empty = """
                {"format": "strata-stack", "version": 1, "layers": [{"id": "a", "name": "A"}]}
                """;
        StackFileException error = catchThrowableOfType(() -> CopiedVendors.read(empty), StackFileException.class);
        assertThat(error.getMessage()).isEqualTo("the clipboard:1:1: The copied stack holds no vendors.");
    }
}
