package dev.strata.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The dependency rules of docs/architecture.md, checked on the sources. */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/strata");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void theModelUsesOnlyTheJdkAndJavafxBase() {
        assertThat(importsOf("model")).allMatch(name -> name.startsWith("java.")
                || name.startsWith("javafx.beans.") || name.startsWith("javafx.collections."));
    }

    @Test
    void theEditPackageSeesOnlyTheModel() {
        assertThat(importsOf("edit")).noneMatch(name -> name.startsWith("dev.strata.file")
                || name.startsWith("dev.strata.ui") || name.startsWith("javafx.scene")
                || name.startsWith("com.fasterxml"));
    }

    @Test
    void theFilePackageKnowsNoViewsAndNoEditing() {
        assertThat(importsOf("file")).noneMatch(name -> name.startsWith("dev.strata.ui")
                || name.startsWith("dev.strata.edit") || name.startsWith("javafx.scene"));
    }

    @Test
    void viewsNeverParseJsonThemselves() {
        assertThat(importsOf("ui")).noneMatch(name -> name.startsWith("com.fasterxml"));
    }

    @Test
    void onlyTheEntryPointAndTheCommandLinePrintToTheConsole() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<Path> printing = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.startsWith(SOURCES.resolve("cli")))
                    .filter(file -> !file.equals(SOURCES.resolve("Main.java")))
                    .filter(file -> read(file).contains("System.out") || read(file).contains("printStackTrace"))
                    .toList();
            assertThat(printing).isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> importsOf(String pkg) {
        try (Stream<Path> files = Files.walk(SOURCES.resolve(pkg))) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(file -> {
                        Matcher matcher = IMPORT.matcher(read(file));
                        return matcher.results().map(result -> result.group(1));
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
