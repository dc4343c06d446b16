package dev.strata.ui;

import dev.strata.file.StackCodec;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's own open and save dialogs, starting in the folder used last. */
public final class SystemFileDialogs implements FileDialogs {

    private static final FileChooser.ExtensionFilter ALL_FILES = new FileChooser.ExtensionFilter("All files", "*");

    private File lastFolder;

    @Override
    public Optional<Path> chooseFileToOpen(Window owner) {
        FileChooser chooser = chooser("Open Stack");
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseLandscapeFile(Window owner) {
        return remember(chooser("Import Landscape", new FileChooser.ExtensionFilter("Landscape files", "*.yml", "*.yaml"),
                ALL_FILES).showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseMappingFile(Window owner) {
        return remember(chooser("Choose a Mapping onto Layers",
                new FileChooser.ExtensionFilter("Mappings", "*.mapping.json", "*.json"), ALL_FILES).showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseFileToSave(Window owner, String suggested) {
        FileChooser chooser = chooser("Save Stack As");
        chooser.setInitialFileName(suggested);
        return remember(chooser.showSaveDialog(owner)).map(SystemFileDialogs::withExtension);
    }

    @Override
    public Optional<Path> chooseExportFile(Window owner, String suggested, String extension) {
        String kind = extension.toUpperCase(Locale.ROOT);
        FileChooser chooser = chooser("Export " + kind, new FileChooser.ExtensionFilter(kind + " images", "*." + extension));
        chooser.setInitialFileName(suggested);
        return remember(chooser.showSaveDialog(owner)).map(file -> file.getFileName().toString().endsWith("." + extension)
                ? file : file.resolveSibling(file.getFileName() + "." + extension));
    }

    @Override
    public Optional<Path> chooseLogo(Window owner, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a Logo");
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter("PNG and JPEG pictures", "*.png", "*.jpg", "*.jpeg"));
        if (Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    /** A chooser for stack files. */
    private FileChooser chooser(String title) {
        return chooser(title, new FileChooser.ExtensionFilter("Stack files", "*" + StackCodec.EXTENSION),
                new FileChooser.ExtensionFilter("JSON files", "*.json"), ALL_FILES);
    }

    /** A chooser offering {@code filters}, starting in the folder used last. */
    private FileChooser chooser(String title, FileChooser.ExtensionFilter... filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().setAll(filters);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }

    /** Adds {@code .stack.json} to a new name typed without it. */
    static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") || Files.exists(file) ? file : file.resolveSibling(name + StackCodec.EXTENSION);
    }
}
