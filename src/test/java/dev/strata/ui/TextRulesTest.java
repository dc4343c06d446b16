package dev.strata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.model.Layer;
import dev.strata.model.Segment;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The small text rules of the views: badge initials and what the search matches. */
class TextRulesTest {

    @Test
    void initialsComeFromTwoWordsOrACapitalInsideOneWord() {
        assertThat(Initials.of("Scale AI")).isEqualTo("SA");
        assertThat(Initials.of("OpenAI")).isEqualTo("OA");
        assertThat(Initials.of("NVIDIA")).isEqualTo("NV");
        assertThat(Initials.of("Azure")).isEqualTo("AZ");
        assertThat(Initials.of("x")).isEqualTo("X");
        assertThat(Initials.of("  ")).isEqualTo("?");
        assertThat(Initials.of("émile-zola")).isEqualTo("ÉZ");
        assertThat(Initials.of("Weights & Biases")).as("a word of no letters does not count").isEqualTo("WB");
        assertThat(Initials.of("& Co")).isEqualTo("CO");
        assertThat(Initials.of("&&")).isEqualTo("&&");
    }

    @Test
    void searchMatchesEveryWordIgnoringCaseAndAccents() {
        Vendor vendor = new Vendor("nvidia", "NVIDIA");
        vendor.setRole("GPUs");
        vendor.setDescription("Cheaper training runs");
        vendor.getTags().setAll("hardware");
        assertThat(find("nvídia", vendor)).accepts(vendor);
        assertThat(find("GPU hardware", vendor)).accepts(vendor);
        assertThat(find("gpu cloud", vendor)).rejects(vendor);
        assertThat(find("   ", vendor)).isNull();
        vendor.setRole("Chips");
        assertThat(find("gpu", vendor)).as("a changed vendor is matched afresh").rejects(vendor);
    }

    @Test
    void typingOnLooksOnlyAtWhatTheEarlierQueryFoundAndDeletingStartsAfresh() {
        Vendor openai = new Vendor("openai", "OpenAI");
        openai.setRole("Foundation models");
        Vendor nvidia = new Vendor("nvidia", "NVIDIA");
        nvidia.setRole("GPUs");
        Stack stack = stackOf(openai, nvidia);
        VendorSearch.Matches o = VendorSearch.find("o", stack);
        assertThat(o).accepts(openai).rejects(nvidia);
        assertThat(o.count()).isEqualTo(1);
        VendorSearch.Matches op = VendorSearch.find("op", stack, o);
        assertThat(op).accepts(openai).rejects(nvidia);
        assertThat(VendorSearch.find("op", new Stack(), o)).as("narrowed: only what \"o\" found is looked at")
                .accepts(openai);
        assertThat(op).as("leaving out nothing more, it is the same search: nothing shown changes").isSameAs(o);
        VendorSearch.Matches n = VendorSearch.find("n", stack);
        VendorSearch.Matches nv = VendorSearch.find("nv", stack, n);
        assertThat(n).accepts(openai, nvidia);
        assertThat(nv).isNotSameAs(n).accepts(nvidia).rejects(openai);
        assertThat(nv.count()).isEqualTo(1);

        VendorSearch.Matches gpu = VendorSearch.find("gpu", stack, op);
        assertThat(gpu).as("\"gpu\" does not narrow \"op\": NVIDIA is looked at again").accepts(nvidia).rejects(openai);
        VendorSearch.Matches models = VendorSearch.find("foundation models", stack,
                VendorSearch.find("models gpu", stack));
        assertThat(models).as("deleting a word widens the query").accepts(openai);
        VendorSearch.Matches wordsAnyOrder = VendorSearch.find("models open", stack,
                VendorSearch.find("open", stack));
        assertThat(wordsAnyOrder).accepts(openai).rejects(nvidia);
    }

    @Test
    void searchFindsTheVendorsOfASegmentByItsNameEvenAfterARename() {
        Vendor nvidia = new Vendor("nvidia", "NVIDIA");
        nvidia.setSegment("hardware");
        Vendor azure = new Vendor("azure", "Azure");
        Segment hardware = new Segment("hardware", "Hardware");
        Layer infrastructure = new Layer("infrastructure", "Infrastructure");
        infrastructure.getSegments().add(hardware);
        infrastructure.getVendors().setAll(nvidia, azure);
        Stack stack = new Stack();
        stack.getLayers().add(infrastructure);
        assertThat(VendorSearch.find("hardware", stack)).accepts(nvidia).rejects(azure);

        hardware.setName("Chips & Systems");
        assertThat(VendorSearch.find("hardware", stack)).as("the old name finds nothing").rejects(nvidia);
        assertThat(VendorSearch.find("chips", stack)).accepts(nvidia).rejects(azure);
        nvidia.setSegment(null);
        assertThat(VendorSearch.find("chips", stack)).as("a vendor taken out of the segment").rejects(nvidia);
    }

    private static Predicate<Vendor> find(String query, Vendor vendor) {
        return VendorSearch.find(query, stackOf(vendor));
    }

    private static Stack stackOf(Vendor... vendors) {
        Layer layer = new Layer("layer", "Layer");
        layer.getVendors().setAll(vendors);
        Stack stack = new Stack();
        stack.getLayers().add(layer);
        return stack;
    }
}
