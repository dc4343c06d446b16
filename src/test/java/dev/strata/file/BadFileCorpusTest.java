package dev.strata.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file in {@code bad/} is refused with exactly the problems of its {@code .expected}
 * file ({@code LINE:COL: path: message}, one a line).
 */
class BadFileCorpusTest {

    @TestFactory
    Stream<DynamicTest> everyBadFileGetsItsExactProblems() throws IOException, URISyntaxException {
        Path corpus = Path.of(BadFileCorpusTest.class.getResource("bad").toURI());
        List<Path> files;
        try (Stream<Path> listing = Files.list(corpus)) {
            files = listing.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(30);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String name = file.getFileName().toString();
            Path expected = file.resolveSibling(name.replace(".json", ".expected"));
            StackFileException error = catchThrowableOfType(StackFileException.class,
                    () -> StackCodec.read(Files.readAllBytes(file), name));
            assertThat(error).as("%s must be refused", name).isNotNull();
            assertThat(error.lines()).containsExactlyElementsOf(
                    Files.readAllLines(expected, StandardCharsets.UTF_8).stream().map(line -> name + ":" + line).toList());
        }));
    }
}
