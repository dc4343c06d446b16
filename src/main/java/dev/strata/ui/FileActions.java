package dev.strata.ui;

import dev.strata.edit.Document;
import dev.strata.edit.Editor;
import dev.strata.file.LandscapeImport;
import dev.strata.file.LandscapeMapping;
import dev.strata.file.SafeSave;
import dev.strata.file.StackCodec;
import dev.strata.file.StackFileException;
import dev.strata.file.StackFiles;
import dev.strata.file.StackMapper;
import dev.strata.file.StackRecord;
import dev.strata.model.Ids;
import dev.strata.model.Stack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/**
 * What the File menu does: new, open, save, save as and close, with the questions a desktop
 * editor asks so that no work is lost. Reading and writing run in the background; the open
 * document is replaced only once a file has been read completely and without problems.
 */
final class FileActions {

    private final Editor editor;
    private final Window owner;
    private final FileDialogs dialogs;
    private final Prompts prompts;
    private final BackgroundWork work;
    private final RecentFiles recent;
    private final Supplier<Document> blankDocument;

    FileActions(Editor editor, Window owner, FileDialogs dialogs, BackgroundWork work, RecentFiles recent,
            Supplier<Document> blankDocument) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.owner = owner;
        this.dialogs = dialogs;
        this.prompts = new Prompts(owner);
        this.work = work;
        this.recent = recent;
        this.blankDocument = blankDocument;
    }

    void newDocument() {
        whenSafeToDiscard(() -> editor.replaceDocument(blankDocument.get()));
    }

    /** Closes the document, leaving a new blank one in the window. */
    void close() {
        newDocument();
    }

    void open() {
        whenSafeToDiscard(() -> dialogs.chooseFileToOpen(owner).ifPresent(this::read));
    }

    /** Opens {@code file} in place of the current document, asking first about unsaved changes. */
    void open(Path file) {
        whenSafeToDiscard(() -> read(file));
    }

    /**
     * File › Revert to Saved: the document's file is read again in place of the document (also
     * to take in a change made to it elsewhere), once the user has agreed to drop its unsaved
     * changes. A file that can no longer be read is reported and the document stays, changes
     * and all.
     */
    void revert() {
        Document document = editor.getDocument();
        Path file = document.getPath();
        if (file == null) {
            return;
        }
        if (!document.isDirty() || prompts.confirmRevert(file.getFileName().toString())) {
            read(file);
        }
    }

    /** File › Import › Landscape: a landscape.yml becomes a new, unsaved stack. */
    void importLandscape() {
        whenSafeToDiscard(() -> dialogs.chooseLandscapeFile(owner).ifPresent(file -> importLandscape(file, null)));
    }

    /**
     * File › Import › Landscape onto Layers: a landscape.yml whose categories a mapping file
     * places on chosen layers (as {@code strata import --map}) becomes a new, unsaved stack.
     */
    void importLandscapeWithMapping() {
        whenSafeToDiscard(() -> dialogs.chooseLandscapeFile(owner).ifPresent(file ->
                dialogs.chooseMappingFile(owner).ifPresent(mapping -> importLandscape(file, mapping))));
    }

    /** @param mapping the mapping file, or null to make each category a layer */
    private void importLandscape(Path file, Path mapping) {
        work.runCancellable("Importing " + file.getFileName() + "…",
                () -> LandscapeImport.read(StackFiles.readInput(file), file.toString(),
                        mapping == null ? null : LandscapeMapping.read(StackFiles.readInput(mapping), mapping.toString())),
                result -> imported(file, result),
                error -> failed("Import", file, error));
    }

    /** The imported stack opens; what the import has to say (categories skipped, items met twice) follows. */
    private void imported(Path file, LandscapeImport.Result result) {
        Stack stack = StackMapper.toModel(result.stack());
        editor.replaceDocument(Document.unsaved(stack));
        if (!result.notes().isEmpty()) {
            prompts.showInformation("Import", "Imported " + file.getFileName() + ": "
                    + StatusText.plural(stack.vendorCount(), "vendor") + " in "
                    + StatusText.plural(stack.getLayers().size(), "layer") + ".", String.join("\n", result.notes()));
        }
    }

    void save() {
        save(() -> { });
    }

    void saveAs() {
        saveAs(() -> { });
    }

    /**
     * Runs {@code action} once the current document may go: at once if it has no unsaved
     * changes, otherwise after the user chose Save (and the save succeeded) or Don't Save.
     */
    void whenSafeToDiscard(Runnable action) {
        Document document = editor.getDocument();
        if (!document.isDirty()) {
            action.run();
            return;
        }
        switch (prompts.askToSave(document.displayNameProperty().get())) {
            case SAVE -> save(action);
            case DISCARD -> action.run();
            case CANCEL -> { }
        }
    }

    private void read(Path file) {
        work.runCancellable("Opening " + file.getFileName() + "…",
                () -> StackFiles.read(file),
                loaded -> {
                    editor.replaceDocument(new Document(loaded.stack(), file, loaded.fingerprint()));
                    recent.add(file);
                },
                error -> failed("Open", file, error));
    }

    private void save(Runnable afterSaving) {
        Document document = editor.getDocument();
        if (document.getPath() == null) {
            saveAs(afterSaving);
            return;
        }
        Path file = document.getPath();
        work.run("Checking " + file.getFileName() + "…",
                () -> StackFiles.fingerprint(file),
                onDisk -> {
                    if (changedSinceRead(document, onDisk) && !prompts.confirmOverwriteChangedFile(file.getFileName().toString())) {
                        return;
                    }
                    write(document, file, afterSaving);
                },
                error -> saveFailed(file, error));
    }

    private void saveAs(Runnable afterSaving) {
        Document document = editor.getDocument();
        dialogs.chooseFileToSave(owner, suggestedName(document))
                .ifPresent(file -> write(document, file, afterSaving));
    }

    private void write(Document document, Path file, Runnable afterSaving) {
        StackRecord snapshot = StackFiles.snapshot(document.stack());
        long stateSaved = document.history().getState();
        work.run("Saving " + file.getFileName() + "…",
                () -> StackFiles.save(snapshot, file),
                fingerprint -> {
                    document.markSaved(file, fingerprint, stateSaved);
                    recent.add(file);
                    afterSaving.run();
                },
                error -> saveFailed(file, error));
    }

    /** File › Export: the whole stack as a PNG at {@code scale}, in the window's theme. */
    void exportPng(double scale) {
        try {
            StackPicture.checkSize(editor.getDocument().stack(), scale);
        } catch (StackPicture.TooLarge e) {
            prompts.showError("Export", "Strata cannot export the stack as one picture.", e.getMessage());
            return;
        }
        export("png", picture -> {
            WritableImage image = picture.snapshot(scale); // drawn here, encoded in the background
            return () -> PngEncoder.encode(image);
        });
    }

    /** File › Export: the whole stack as SVG, in the window's theme. */
    void exportSvg() {
        export("svg", picture -> {
            byte[] svg = picture.svg().getBytes(StandardCharsets.UTF_8);
            return () -> svg;
        });
    }

    /**
     * File › Export › Copy Picture: the whole stack as a picture on the clipboard, in the
     * window's theme, at double size so that it stays sharp on a slide or a high-density screen
     * (at normal size when that would be too large).
     */
    void copyPicture() {
        try {
            StackPicture.checkSize(editor.getDocument().stack(), 1);
            StackPicture picture = picture(editor.getDocument());
            ClipboardContent content = new ClipboardContent();
            content.putImage(picture.snapshot(picture.fits(2) ? 2 : 1));
            Clipboard.getSystemClipboard().setContent(content);
        } catch (StackPicture.TooLarge e) {
            prompts.showError("Copy Picture", "Strata cannot copy the stack as one picture.", e.getMessage());
        }
    }

    private StackPicture picture(Document document) {
        return new StackPicture(document.stack(), Theme.of(owner.getScene()), logosOf(document).forPicture());
    }

    /**
     * @param draw draws the picture on this thread (the scene graph's), and gives the rest of the
     *     work (encoding) to do in the background
     */
    private void export(String extension, Function<StackPicture, Callable<byte[]>> draw) {
        Document document = editor.getDocument();
        String base = suggestedName(document).replace(StackCodec.EXTENSION, "");
        dialogs.chooseExportFile(owner, base + "." + extension, extension).ifPresent(file -> {
            Callable<byte[]> encode;
            try {
                encode = draw.apply(picture(document));
            } catch (StackPicture.TooLarge e) {
                prompts.showError("Export", "Strata cannot export " + file.getFileName() + ".", e.getMessage());
                return;
            }
            work.run("Exporting " + file.getFileName() + "…",
                    () -> {
                        byte[] picture = encode.call();
                        SafeSave.write(file, out -> out.write(picture));
                        return file;
                    },
                    written -> { },
                    error -> prompts.showError("Export", "Strata cannot export " + file.getFileName() + ".",
                            String.valueOf(error.getMessage())));
        });
    }

    /** The logos of a document's stack file (none before it has a file). */
    static Logos logosOf(Document document) {
        Path file = document.getPath();
        return file == null || file.toAbsolutePath().getParent() == null ? Logos.NONE
                : Logos.forWindow(file.toAbsolutePath().getParent());
    }

    private static boolean changedSinceRead(Document document, Optional<String> onDisk) {
        String known = document.getDiskFingerprint();
        return known != null && onDisk.isPresent() && !onDisk.get().equals(known);
    }

    private void failed(String action, Path file, Exception error) {
        failed(action, file, error, null);
    }

    /** A failed save says why, and that nothing is lost: the changes are still open. */
    private void saveFailed(Path file, Exception error) {
        failed("Save", file, error, "Your changes are still open here, unsaved: Save As… can put them somewhere else.");
    }

    /** @param note said under the reason, or null */
    private void failed(String action, Path file, Exception error, String note) {
        if (error instanceof StackFileException problems) {
            prompts.showProblems(action, problems, note);
        } else {
            String reason = String.valueOf(error.getMessage());
            prompts.showError(action, "Strata cannot " + action.toLowerCase(Locale.ROOT) + " "
                    + file.getFileName() + ".", note == null ? reason : reason + "\n\n" + note);
        }
    }

    /** The file's name; for a new stack, its title's; for an imported landscape, the landscape file's. */
    private static String suggestedName(Document document) {
        if (document.getPath() != null) {
            return document.getPath().getFileName().toString();
        }
        String name = LandscapeImport.importedFrom(document.stack())
                .map(landscape -> landscape.getFileName().toString().replaceFirst("\\.ya?ml$", ""))
                .orElse(document.stack().getTitle());
        return Ids.slug(name) + StackCodec.EXTENSION;
    }
}
