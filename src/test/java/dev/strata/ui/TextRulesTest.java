package dev.strata.ui;

import static org.assertj.core.api.Assertions.assertThat;

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
    }

    @Test
    void searchMatchesEveryWordIgnoringCaseAndAccents() {
        Vendor vendor = new Vendor("nvidia", "NVIDIA");
        vendor.setRole("GPUs");
        vendor.setDescription("Cheaper training runs");
        vendor.getTags().setAll("hardware");
        assertThat(VendorSearch.forQuery("nvídia")).accepts(vendor);
        assertThat(VendorSearch.forQuery("GPU hardware")).accepts(vendor);
        assertThat(VendorSearch.forQuery("gpu cloud")).rejects(vendor);
        assertThat(VendorSearch.forQuery("   ")).isNull();
        vendor.setRole("Chips");
        assertThat(VendorSearch.forQuery("gpu")).as("a changed vendor is matched afresh").rejects(vendor);
    }

    @Test
    void typingOnNarrowsTheEarlierAnswersAndDeletingStartsAfresh() {
        Vendor openai = new Vendor("openai", "OpenAI");
        openai.setRole("Foundation models");
        Vendor nvidia = new Vendor("nvidia", "NVIDIA");
        nvidia.setRole("GPUs");
        Predicate<Vendor> o = VendorSearch.forQuery("o");
        assertThat(o).accepts(openai).rejects(nvidia);
        Predicate<Vendor> op = VendorSearch.forQuery("op", o);
        assertThat(op).accepts(openai).rejects(nvidia);

        Predicate<Vendor> gpu = VendorSearch.forQuery("gpu", op);
        assertThat(gpu).as("\"gpu\" does not narrow \"op\": NVIDIA is looked at again").accepts(nvidia).rejects(openai);
        Predicate<Vendor> models = VendorSearch.forQuery("foundation models", VendorSearch.forQuery("models gpu"));
        assertThat(models).as("deleting a word widens the query").accepts(openai);
        Predicate<Vendor> wordsAnyOrder = VendorSearch.forQuery("models open", VendorSearch.forQuery("open"));
        assertThat(wordsAnyOrder).accepts(openai).rejects(nvidia);
    }
}
