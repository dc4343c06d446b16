package dev.strata.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.Main;
import dev.strata.edit.Document;
import dev.strata.edit.Editor;
import dev.strata.file.FileTrees;
import dev.strata.file.LandscapeImport;
import dev.strata.file.StackCodec;
import dev.strata.file.StackFileException;
import dev.strata.file.StackFiles;
import dev.strata.model.Stack;
import dev.strata.ui.BenchWindow;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code strata bench [--vendors N] [--landscape FILE]}: measures opening, saving, drawing and
 * filtering a generated stack of N vendors (deterministic), each against a floor measured in the
 * same run, and prints one {@code name value unit} line per figure, then how many goals were met.
 *
 * <p>Like JMH, it measures in a forked JVM whose heap is fixed and touched before it starts
 * ({@link #FORK_OPTIONS}): in a heap that grows, every run that first writes to newly mapped
 * memory pays the operating system for it, which on this machine made one open 25 ms and the
 * next 200 ms.
 */
final class BenchCommand implements Cli.Command {

    private static final String USAGE = "usage: strata bench [--vendors N] [--landscape FILE]";
    private static final Map<String, String> OPTIONS = Map.of("--vendors", "a number", "--landscape", "a file");

    /** Cold starts of each side, as the issue asks. */
    private static final int STARTS = 5;
    /** Timed runs of work that takes milliseconds: enough for a median that a collection or a busy core does not move. */
    private static final int RUNS = 11;
    /**
     * Untimed runs before the timed ones, at least this many and for at least {@link #WARM_UP_NANOS},
     * so that both sides of a ratio are measured compiled by the JIT, not interpreted (as JMH does).
     */
    private static final int WARM_UPS = 5;
    private static final long WARM_UP_NANOS = 3_000_000_000L;
    /** Set in the forked JVM that measures. */
    private static final String FORKED = "strata.bench.forked";
    private static final List<String> FORK_OPTIONS = List.of("-XX:+AlwaysPreTouch", "-D" + FORKED + "=true");
    /** One frame at 60 Hz. */
    private static final double FRAME_MS = 1000 / 60.0;

    private final PrintStream out;
    private final PrintStream err;
    private final List<Boolean> goals = new ArrayList<>();

    BenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public int run(List<String> arguments) {
        int vendors;
        Path landscape;
        try {
            Arguments parsed = Arguments.of(arguments, OPTIONS);
            if (!parsed.operands().isEmpty()) {
                throw new Arguments.Wrong("unknown argument " + parsed.operands().get(0));
            }
            vendors = vendors(parsed.value("--vendors"));
            landscape = parsed.value("--landscape") == null ? null : Path.of(parsed.value("--landscape"));
        } catch (Arguments.Wrong e) {
            return Cli.usage(err, "bench", e.getMessage(), USAGE);
        } catch (InvalidPathException e) {
            return Cli.failed(err, e);
        }
        if (landscape != null) {
            try {
                // a landscape the import refuses is said at once, not after the minute of measuring
                LandscapeImport.read(StackFiles.readInput(landscape), landscape.toString(), null);
            } catch (StackFileException e) {
                return Cli.failed(err, e);
            }
        }
        if (!Boolean.getBoolean(FORKED)) {
            return forked(arguments, vendors);
        }
        try {
            bench(vendors, landscape);
            long met = goals.stream().filter(Boolean::booleanValue).count();
            out.println("bench: " + met + " goals met of " + goals.size());
            return Cli.OK;
        } catch (StackFileException e) {
            return Cli.failed(err, e);
        } catch (Exception e) {
            err.println("strata bench: " + e.getMessage());
            return Cli.FAILED;
        }
    }

    /** Runs this command again in a JVM with a fixed heap, of 2 GiB or more for very large stacks. */
    private int forked(List<String> arguments, int vendors) {
        String heap = Math.max(2048, vendors / 100) + "m";
        List<String> options = new ArrayList<>(List.of("-Xms" + heap, "-Xmx" + heap));
        options.addAll(FORK_OPTIONS);
        List<String> command = new ArrayList<>(List.of("bench"));
        command.addAll(arguments);
        try {
            return ChildJvm.run(ChildJvm.of(options, Main.class, command), out, err);
        } catch (IOException e) {
            err.println("strata bench: cannot start the measuring JVM: " + e.getMessage());
            return Cli.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("strata bench: interrupted");
            return Cli.FAILED;
        }
    }

    /** Runs every measure in a temporary folder, deleted afterwards. */
    private void bench(int vendors, Path landscape) throws Exception {
        Path folder = Files.createTempDirectory("strata-bench");
        try {
            bench(vendors, landscape, folder);
        } finally {
            FileTrees.delete(folder);
        }
    }

    private void bench(int vendors, Path landscape, Path folder) throws Exception {
        Path file = folder.resolve("generated.stack.json");
        byte[] bytes = StackCodec.write(StackFiles.snapshot(GeneratedStack.of(vendors, 42)));
        Files.write(file, bytes);
        figure("vendors", vendors, "count");
        figure("file_mb", bytes.length / 1_048_576.0, "MiB");

        ObjectMapper jackson = new ObjectMapper();
        Medians open = medians(() -> StackFiles.read(file), () -> jackson.readTree(Files.readAllBytes(file)));
        ratio("open", open.work(), open.floor(), 3);

        Stack stack = StackFiles.read(file).stack();
        JsonNode tree = jackson.readTree(bytes);
        Path saved = folder.resolve("saved.stack.json");
        Path floorFile = folder.resolve("floor.json");
        Medians save = medians(() -> StackFiles.save(StackFiles.snapshot(stack), saved), () -> {
            Path temporary = folder.resolve("floor.json.tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(ByteBuffer.wrap(jackson.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree)));
                channel.force(true);
            }
            Files.move(temporary, floorFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return null;
        });
        ratio("save", save.work(), save.floor(), 2);

        Runtime runtime = Runtime.getRuntime();
        long baseline = usedAfterGc(runtime);
        Stack held = StackFiles.read(file).stack();
        double heap = Math.max(0, usedAfterGc(runtime) - baseline) / 1_048_576.0;
        long treeBaseline = usedAfterGc(runtime);
        JsonNode heldTree = jackson.readTree(bytes);
        double heapFloor = Math.max(0, usedAfterGc(runtime) - treeBaseline) / 1_048_576.0;
        figure("heap_mb", heap, "MiB");
        figure("heap_floor_mb", heapFloor, "MiB");
        // small stacks are below the noise of the collector: no ratio without a floor to divide by
        double heapRatio = heapFloor > 0 ? heap / heapFloor : 0;
        figure("heap_ratio", heapRatio, "x");
        goals.add(heapRatio <= 3);
        Reference.reachabilityFence(heldTree);

        // each window is measured on its second showing: the first loads the classes and the
        // stylesheets and has the JIT compile the code its stack runs (a large stack runs paths a
        // small one hardly does), as open and save are warmed up; the first showing of the large
        // stack is reported too, as what a first search or drag after start-up costs
        HeadlessFx.start();
        BenchWindow.measure(new Editor(Document.untitled(StackFiles.builtIn())), folder.resolve("warm-up-home"));
        BenchWindow.Figures small = BenchWindow.measure(new Editor(Document.untitled(StackFiles.builtIn())),
                folder.resolve("small-home"));
        BenchWindow.Figures largeFirst = BenchWindow.measure(new Editor(Document.untitled(held)),
                folder.resolve("large-first-home"));
        BenchWindow.Figures large = BenchWindow.measure(new Editor(Document.untitled(held)), folder.resolve("large-home"));
        figure("first_frame_ms", large.firstFrameMs(), "ms");
        figure("first_frame_small_ms", small.firstFrameMs(), "ms");
        figure("first_frame_ratio", large.firstFrameMs() / small.firstFrameMs(), "x");
        goals.add(large.firstFrameMs() / small.firstFrameMs() <= 3);
        figure("nodes", large.nodes(), "count");
        figure("nodes_small", small.nodes(), "count");
        figure("nodes_ratio", (double) large.nodes() / small.nodes(), "x");
        goals.add((double) large.nodes() / small.nodes() <= 1.5);
        figure("drag_frame_p95_ms", large.dragFrameP95Ms(), "ms");
        figure("drag_frame_p95_small_ms", small.dragFrameP95Ms(), "ms");
        goals.add(large.dragFrameP95Ms() <= FRAME_MS);
        figure("filter_p95_ms", large.filterP95Ms(), "ms");
        goals.add(large.filterP95Ms() <= 2 * FRAME_MS);
        figure("drag_frame_p95_first_ms", largeFirst.dragFrameP95Ms(), "ms");
        figure("filter_p95_first_ms", largeFirst.filterP95Ms(), "ms");

        startup(folder.resolve("probe-home"));

        if (landscape != null) {
            byte[] yaml = StackFiles.readInput(landscape);
            double importMs = median(() -> LandscapeImport.read(yaml, landscape.toString(), null));
            figure("import_ms", importMs, "ms");
        }
    }

    /**
     * Cold starts, alternating Strata's window and a minimal JavaFX window started the same way
     * (same JVM, class path and headless platform), {@link #STARTS} each; the medians. A window of
     * the same stock controls without Strata's code ({@link StockControlsWindow}) is started in
     * turn with them and printed against the same floor, as a reference that has no goal.
     */
    private void startup(Path home) throws IOException, InterruptedException {
        double[] app = new double[STARTS];
        double[] minimal = new double[STARTS];
        double[] controls = new double[STARTS];
        for (int i = 0; i < STARTS; i++) {
            app[i] = coldStart("app", home);
            minimal[i] = coldStart("minimal", home);
            controls[i] = coldStart("controls", home);
        }
        ratio("startup", median(app), median(minimal), 1.5);
        figure("startup_controls_ms", median(controls), "ms");
        figure("startup_controls_ratio", median(controls) / median(minimal), "x");
    }

    /** Launches a {@link StartupProbe} and times it until it reports its first frame, in milliseconds. */
    private static double coldStart(String which, Path home) throws IOException, InterruptedException {
        ProcessBuilder builder = ChildJvm.of(List.of(), StartupProbe.class, List.of(which, home.toString()));
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process process = builder.start();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.equals(StartupProbe.READY)) {
                    double elapsed = (System.nanoTime() - start) / 1e6;
                    process.waitFor();
                    return elapsed;
                }
            }
        }
        throw new IOException("the " + which + " start-up probe ended without drawing (exit " + process.waitFor() + ")");
    }

    private void ratio(String name, double value, double floor, double goal) {
        figure(name + "_ms", value, "ms");
        figure(name + "_floor_ms", floor, "ms");
        figure(name + "_ratio", value / floor, "x");
        goals.add(value / floor <= goal);
    }

    private void figure(String name, double value, String unit) {
        out.println(name + " " + String.format(Locale.ROOT, value == Math.rint(value) && value > 100 ? "%.0f" : "%.2f",
                value) + " " + unit);
    }

    /** Work to time; may throw. */
    private interface Work {
        Object run() throws Exception;
    }

    /** The medians of a piece of work and of its floor, in milliseconds. */
    private record Medians(double work, double floor) {
    }

    /**
     * Times {@code work} and {@code floor} in turn after warming both up, {@link #RUNS} runs each,
     * so that neither side is measured with the JIT further along (they share Jackson's code), or
     * in a calmer moment of the machine, than the other.
     */
    private static Medians medians(Work work, Work floor) throws Exception {
        warmUp(work, floor);
        double[] workTimes = new double[RUNS];
        double[] floorTimes = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            workTimes[i] = millis(work);
            floorTimes[i] = millis(floor);
        }
        return new Medians(median(workTimes), median(floorTimes));
    }

    /** The median of {@link #RUNS} timed runs after the warm-up, in milliseconds. */
    private static double median(Work work) throws Exception {
        warmUp(work);
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            times[i] = millis(work);
        }
        return median(times);
    }

    private static void warmUp(Work... works) throws Exception {
        long warmingSince = System.nanoTime();
        for (int i = 0; i < WARM_UPS || System.nanoTime() - warmingSince < WARM_UP_NANOS; i++) {
            for (Work work : works) {
                work.run();
            }
        }
    }

    private static double millis(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long usedAfterGc(Runtime runtime) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static int vendors(String text) throws Arguments.Wrong {
        if (text == null) {
            return 10_000;
        }
        int vendors;
        try {
            vendors = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new Arguments.Wrong("--vendors takes a whole number");
        }
        if (vendors < 1 || vendors > 1_000_000) {
            throw new Arguments.Wrong("--vendors is between 1 and 1000000");
        }
        return vendors;
    }
}
