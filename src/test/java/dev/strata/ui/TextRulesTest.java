package dev.strata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.model.Vendor;
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
}
