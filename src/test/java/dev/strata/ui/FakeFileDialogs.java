package dev.strata.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.stage.Window;

/** Answers file choosers with prepared paths, as a user picking files would. */
final class FakeFileDialogs implements FileDialogs {

    private final Deque<Path> toOpen = new ArrayDeque<>();
    private final Deque<Path> toSave = new ArrayDeque<>();
    private final Deque<Path> logos = new ArrayDeque<>();
    String lastSuggestedName;
    Path lastLogoFolder;

    FakeFileDialogs willOpen(Path file) {
        toOpen.add(file);
        return this;
    }

    FakeFileDialogs willSaveTo(Path file) {
        toSave.add(file);
        return this;
    }

    FakeFileDialogs willChooseLogo(Path file) {
        logos.add(file);
        return this;
    }

    @Override
    public Optional<Path> chooseLogo(Window owner, Path folder) {
        lastLogoFolder = folder;
        return Optional.ofNullable(logos.poll());
    }

    @Override
    public Optional<Path> chooseExportFile(Window owner, String suggested, String extension) {
        lastSuggestedName = suggested;
        return Optional.ofNullable(toSave.poll());
    }

    @Override
    public Optional<Path> chooseLandscapeFile(Window owner) {
        return Optional.ofNullable(toOpen.poll());
    }

    @Override
    public Optional<Path> chooseMappingFile(Window owner) {
        return Optional.ofNullable(toOpen.poll());
    }

    @Override
    public Optional<Path> chooseFileToOpen(Window owner) {
        return Optional.ofNullable(toOpen.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(Window owner, String suggested) {
        lastSuggestedName = suggested;
        return Optional.ofNullable(toSave.poll());
    }
}
