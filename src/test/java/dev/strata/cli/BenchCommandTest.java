package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark prints every figure as {@code name value unit} and a closing count of goals (no timing is asserted). */
class BenchCommandTest {

    @Test
    void aSmallRunPrintsEveryFigureAndTheGoalsLine() {
        CliRun cli = new CliRun();
        int exit = cli.run("bench", "--vendors", "40");
        assertThat(exit).as(cli.err()).isEqualTo(Cli.OK);
        List<String> lines = cli.out().lines().toList();
        List<String> names = lines.stream().map(line -> line.split(" ")[0]).toList();
        assertThat(names).contains("open_ms", "open_floor_ms", "open_ratio", "save_ms", "save_floor_ms", "save_ratio",
                "heap_mb", "heap_floor_mb", "heap_ratio", "first_frame_ms", "first_frame_small_ms",
                "first_frame_ratio", "nodes", "nodes_small", "nodes_ratio", "drag_frame_p95_ms",
                "drag_frame_p95_small_ms", "filter_p95_ms", "drag_frame_p95_first_ms", "filter_p95_first_ms",
                "startup_ms", "startup_floor_ms", "startup_ratio", "startup_controls_ms", "startup_controls_ratio");
        assertThat(lines.subList(0, lines.size() - 1)).allMatch(line -> line.matches("[a-z_0-9]+ [0-9.]+ [A-Za-z]+"));
        assertThat(lines.get(lines.size() - 1)).matches("bench: \\d goals met of 8");
    }

    @Test
    void wrongArgumentsAreUsageErrors() {
        CliRun cli = new CliRun();
        assertThat(cli.run("bench", "--vendors", "many")).isEqualTo(Cli.USAGE);
        assertThat(cli.run("bench", "--vendors", "0")).isEqualTo(Cli.USAGE);
        assertThat(cli.run("bench", "--fast")).isEqualTo(Cli.USAGE);
        assertThat(cli.run("bench", "--landscape", "no/such/landscape.yml")).isEqualTo(Cli.FAILED);
    }

    @Test
    void aBrokenLandscapeIsReportedAtItsPlaceBeforeAnythingIsMeasured(@TempDir Path folder) throws Exception {
        Path landscape = Files.writeString(folder.resolve("landscape.yml"), "landscape:\n  - category: [unclosed\n");
        CliRun cli = new CliRun();
        assertThat(cli.run("bench", "--landscape", landscape.toString())).isEqualTo(Cli.FAILED);
        assertThat(cli.err().lines()).singleElement().asString().startsWith(landscape + ":3:1: malformed YAML");
        assertThat(cli.out()).as("no figure: the 50 s of measuring did not run first").isEmpty();
    }

    @Test
    void childJvmsRunTheRuntimesOwnJavaNotTheLauncher() {
        List<String> command = ChildJvm.of(List.of("-Xmx64m"), StartupProbe.class, List.of("app", "home")).command();
        assertThat(command.get(0)).isEqualTo(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
        assertThat(command).containsSubsequence("-Xmx64m", "-cp", System.getProperty("java.class.path"),
                StartupProbe.class.getName(), "app", "home");
    }
}
