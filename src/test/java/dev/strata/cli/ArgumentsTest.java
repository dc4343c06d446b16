package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How every command reads its line: operands, options with values, and one sentence for what is wrong. */
class ArgumentsTest {

    private static final Map<String, String> OPTIONS = Map.of("-o", "a file", "--scale", "a number");

    @Test
    void splitsOperandsAndOptionsInAnyOrder() throws Arguments.Wrong {
        Arguments parsed = Arguments.of(List.of("-o", "out.json", "in.json", "--scale", "2"), OPTIONS);
        assertThat(parsed.operands()).containsExactly("in.json");
        assertThat(parsed.operand("name a file", "one file")).isEqualTo("in.json");
        assertThat(parsed.value("-o")).isEqualTo("out.json");
        assertThat(parsed.value("--scale")).isEqualTo("2");
        assertThat(Arguments.of(List.of("in.json"), OPTIONS).value("-o")).isNull();
    }

    @Test
    void wrongLinesAreSaidInOneSentence() {
        assertThatThrownBy(() -> Arguments.of(List.of("in.json", "-o"), OPTIONS)).hasMessage("-o needs a file");
        assertThatThrownBy(() -> Arguments.of(List.of("-o", "a", "-o", "b"), OPTIONS)).hasMessage("-o is given twice");
        assertThatThrownBy(() -> Arguments.of(List.of("--fast"), OPTIONS)).hasMessage("unknown option --fast");
        assertThatThrownBy(() -> Arguments.of(List.of(), OPTIONS).operand("name a file", "one file"))
                .hasMessage("name a file");
        assertThatThrownBy(() -> Arguments.of(List.of("a", "b"), OPTIONS).operand("name a file", "one file"))
                .hasMessage("one file");
        assertThatThrownBy(() -> Arguments.of(List.of("a"), OPTIONS).required("-o", "say where (-o)"))
                .hasMessage("say where (-o)");
    }
}
