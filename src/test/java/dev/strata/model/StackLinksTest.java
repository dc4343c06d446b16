package dev.strata.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which vendors a link joins to a set of vendors. */
class StackLinksTest {

    private final Stack stack = new Stack();
    private final Vendor chatgpt = new Vendor("chatgpt", "ChatGPT");
    private final Vendor openai = new Vendor("openai", "OpenAI");
    private final Vendor azure = new Vendor("azure", "Azure");
    private final Vendor nvidia = new Vendor("nvidia", "NVIDIA");

    StackLinksTest() {
        Layer application = new Layer("application", "Application");
        application.getVendors().add(chatgpt);
        Layer model = new Layer("model", "Model");
        model.getVendors().add(openai);
        Layer infrastructure = new Layer("infrastructure", "Infrastructure");
        infrastructure.getVendors().addAll(azure, nvidia);
        stack.getLayers().addAll(infrastructure, model, application);
        stack.getLinks().addAll(new Link("openai", "azure", "runs-on"), new Link("chatgpt", "openai", "built-on"),
                new Link("openai", "gone", "trains-on"));
    }

    @Test
    void linksCountInBothDirections() {
        assertThat(stack.linkedTo(Set.of(openai))).containsExactlyInAnyOrder(azure, chatgpt);
        assertThat(stack.linkedTo(Set.of(azure))).containsExactly(openai);
        assertThat(stack.linkedTo(Set.of(nvidia))).isEmpty();
    }

    @Test
    void theVendorsAskedAboutAreLeftOut() {
        assertThat(stack.linkedTo(Set.of(openai, chatgpt))).containsExactly(azure);
        assertThat(stack.linkedTo(Set.of())).isEmpty();
    }

    @Test
    void aLinkToAVendorNoLongerInTheStackFindsNothing() {
        stack.getLinks().remove(0, 2);
        assertThat(stack.linkedTo(Set.of(openai))).isEmpty();
    }
}
