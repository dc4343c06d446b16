package dev.strata.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The files opened or saved lately, newest first, remembered across runs in a small text file.
 * Files that no longer exist are dropped when the list is read.
 */
final class RecentFiles {

    static final int MAX = 10;
    private static final Logger LOG = Logger.getLogger(RecentFiles.class.getName());

    private final Path store;
    private final Executor background;
    private final List<Path> files = new ArrayList<>();

    RecentFiles(Path store, Executor background) {
        this.store = store;
        this.background = background;
        files.addAll(load(store));
    }

    /** The remembered files that still exist, newest first. */
    List<Path> existing() {
        if (files.removeIf(file -> !Files.isRegularFile(file))) {
            persist();
        }
        return List.copyOf(files);
    }

    void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        while (files.size() > MAX) {
            files.remove(files.size() - 1);
        }
        persist();
    }

    void clear() {
        files.clear();
        persist();
    }

    private void persist() {
        List<String> lines = files.stream().map(Path::toString).toList();
        background.execute(() -> {
            try {
                Files.createDirectories(store.getParent());
                Files.write(store, lines, StandardCharsets.UTF_8);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot remember recent files in " + store, e);
            }
        });
    }

    private static List<Path> load(Path store) {
        if (!Files.isRegularFile(store)) {
            return List.of();
        }
        try {
            List<Path> loaded = new ArrayList<>();
            for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                try {
                    if (!line.isBlank() && loaded.size() < MAX) {
                        loaded.add(Path.of(line.strip()));
                    }
                } catch (InvalidPathException e) {
                    LOG.fine(() -> "skipping a recent file that is not a path: " + line);
                }
            }
            return loaded;
        } catch (IOException | UncheckedIOException e) {
            LOG.warning(() -> "cannot read recent files from " + store + ": " + e.getMessage());
            return List.of();
        }
    }
}
