package dev.strata.ui;

import dev.strata.edit.Command;
import dev.strata.edit.Editor;
import dev.strata.edit.History;
import dev.strata.edit.MoveVendor;
import dev.strata.edit.StackEdits;
import dev.strata.file.CopiedVendors;
import dev.strata.file.StackFileException;
import dev.strata.model.Driver;
import dev.strata.model.Layer;
import dev.strata.model.Link;
import dev.strata.model.Segment;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/**
 * What the Edit menu does to the selection: add, edit, duplicate, cut, copy, paste, link and
 * delete vendors (duplicate, cut, copy, delete and move act on every selected vendor, the
 * others on the lead); add, edit, move and delete layers, segments and drivers; and the stack's own
 * title and description. Every change is one command in the document's history, so Undo takes
 * it back.
 */
final class EditActions {

    private static final String NO_LAYER = "Delete them too";

    private final Editor editor;
    private final Selection selection;
    private final Window owner;
    private final FileDialogs fileDialogs;
    /**
     * What was selected before and after each step run here, so that Undo and Redo show what
     * they change (a step stays a key only while its history holds it).
     */
    private final Map<Command, Selection.Snapshot> selectedBefore = new WeakHashMap<>();
    private final Map<Command, Selection.Snapshot> selectedAfter = new WeakHashMap<>();

    EditActions(Editor editor, Selection selection, Window owner, FileDialogs fileDialogs) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.selection = Objects.requireNonNull(selection, "selection");
        this.owner = owner;
        this.fileDialogs = Objects.requireNonNull(fileDialogs, "fileDialogs");
    }

    /** Where the open stack's logos come from: its file's folder, none while it has no file. */
    private LogoFiles logoFiles() {
        Path file = editor.getDocument().getPath();
        return new LogoFiles(file == null ? null : file.toAbsolutePath().getParent(), fileDialogs);
    }

    private Stack stack() {
        return editor.getDocument().stack();
    }

    private StackEdits edits() {
        return new StackEdits(stack());
    }

    /**
     * Runs a command through the document's history (nothing for null). What is selected before
     * it, and once the action that runs it has selected its result, is kept for Undo and Redo.
     */
    void run(Command command) {
        if (command != null) {
            selectedBefore.put(command, selection.snapshot());
            editor.getDocument().history().execute(command);
            Platform.runLater(() -> selectedAfter.put(command, selection.snapshot()));
        }
    }

    /** Takes the last step back, and selects what was selected before it. */
    void undo() {
        History history = editor.getDocument().history();
        Optional<Command> step = history.nextUndo();
        history.undo();
        step.map(selectedBefore::get).ifPresent(earlier -> selection.restore(earlier, stack()));
    }

    /** Does the step taken back again, and selects what was selected after it. */
    void redo() {
        History history = editor.getDocument().history();
        Optional<Command> step = history.nextRedo();
        history.redo();
        step.map(selectedAfter::get).ifPresent(later -> selection.restore(later, stack()));
    }

    /** Carries out a move the stack view asked for (a drag or Alt+arrow). */
    void move(VendorMove move) {
        if (move.vendors().size() == 1) {
            Vendor vendor = move.vendors().get(0);
            MoveVendor command = new MoveVendor(vendor, edits().layerOf(vendor), move.to(), move.index(), move.segment());
            if (!command.changesNothing()) {
                run(command);
            }
            selection.selectVendor(vendor, move.to());
        } else {
            run(edits().moveVendors(move.vendors(), move.to(), move.index(), move.segment()));
        }
    }

    /** Moves the selected vendors to the end of {@code to} (Move to Layer). */
    void moveSelectedTo(Layer to) {
        List<Vendor> moving = selectedVendors();
        if (!moving.isEmpty()) {
            int staying = (int) to.getVendors().stream().filter(vendor -> !selection.isSelected(vendor)).count();
            move(new VendorMove(moving, to, staying, null));
        }
    }

    /** The selected vendors in the order the stack draws them; empty when none is. */
    private List<Vendor> selectedVendors() {
        return selection.vendorsInStackOrder(stack());
    }

    void addVendor() {
        Vendor after = selection.getVendor();
        // a vendor added after the selected one goes beside it, in its segment, unless the user picks another
        addVendor(targetLayer(), after == null ? null : after.getSegment(), after);
    }

    /** Adds a vendor to the end of {@code segment} (null: none) of {@code layer}: an empty one's "Add Vendor…". */
    void addVendorTo(Layer layer, String segment) {
        addVendor(layer, segment, null);
    }

    /** @param after the vendor the new one follows, or null for the end of the layer */
    private void addVendor(Layer layer, String segment, Vendor after) {
        VendorDialog.adding(owner, stack(), layer, segment, logoFiles()).ask().ifPresent(values -> {
            Vendor vendor = StackEdits.vendorFrom(values);
            int index = after == null ? layer.getVendors().size() : layer.getVendors().indexOf(after) + 1;
            run(edits().addVendor(layer, vendor, index));
            selection.selectVendor(vendor, layer);
        });
    }

    void editVendor() {
        Vendor vendor = selection.getVendor();
        if (vendor == null) {
            return;
        }
        VendorDialog.editing(owner, stack(), selection.getLayer(), vendor, logoFiles()).ask()
                .ifPresent(values -> run(edits().editVendor(vendor, values)));
    }

    /** Puts a copy of each selected vendor right after it, and selects the copies. */
    void duplicate() {
        List<Vendor> originals = selectedVendors();
        if (originals.isEmpty()) {
            return;
        }
        Vendor lead = selection.getVendor();
        run(edits().duplicateVendors(originals));
        // each copy is right after its original: one pass over the stack finds them all
        Set<Vendor> copied = new HashSet<>(originals);
        List<Vendor> copies = new ArrayList<>();
        Vendor leadCopy = null;
        for (Layer layer : stack().getLayers()) {
            List<Vendor> vendors = layer.getVendors();
            for (int i = 0; i + 1 < vendors.size(); i++) {
                if (copied.contains(vendors.get(i))) {
                    copies.add(vendors.get(i + 1));
                    if (vendors.get(i) == lead) {
                        leadCopy = vendors.get(i + 1);
                    }
                    i++;
                }
            }
        }
        select(copies, leadCopy);
    }

    /** Selects {@code vendors}, led by {@code lead} (one of them). */
    private void select(List<Vendor> vendors, Vendor lead) {
        Layer layer = edits().layerOf(lead);
        if (vendors.size() == 1) {
            selection.selectVendor(lead, layer);
        } else {
            selection.selectRange(vendors, lead, layer);
        }
    }

    /** Links the selected vendor to another, asking how and to which. */
    void addLink() {
        Vendor from = selection.getVendor();
        if (from != null) {
            new LinkDialog(owner, stack(), from).ask()
                    .ifPresent(answer -> run(edits().addLink(from, answer.to(), answer.kind())));
        }
    }

    void removeLink(Link link) {
        run(edits().removeLink(link));
    }

    /**
     * Puts the selected vendors, and the links among them, on the clipboard as text any stack
     * (or text editor) takes.
     */
    void copy() {
        List<Vendor> vendors = selectedVendors();
        if (!vendors.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(CopiedVendors.write(stack(), vendors));
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    /** Copies the selected vendors, then deletes them: one step to undo. */
    void cut() {
        List<Vendor> vendors = selectedVendors();
        if (!vendors.isEmpty()) {
            copy();
            removeSelectedVendors(edits().cutVendors(vendors));
        }
    }

    /**
     * Adds the vendors on the clipboard (and the links among them) to the selected layer, after
     * the selected vendor (or to the top layer), and selects them; text that is not a stack of
     * vendors gets the message a bad file gets.
     */
    void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (!clipboard.hasString()) {
            return;
        }
        CopiedVendors.Pasted pasted;
        try {
            pasted = CopiedVendors.read(clipboard.getString());
        } catch (StackFileException e) {
            new Prompts(owner).showProblems("Paste", e);
            return;
        }
        Layer layer = targetLayer();
        int index = selection.getVendor() == null ? layer.getVendors().size()
                : layer.getVendors().indexOf(selection.getVendor()) + 1;
        run(edits().pasteVendors(layer, index, pasted.vendors(), pasted.links()));
        List<Vendor> copies = layer.getVendors().subList(index, index + pasted.vendors().size());
        select(List.copyOf(copies), copies.get(0));
    }

    /** Deletes the selected vendors, or the selected layer (asking where its vendors go). */
    void delete() {
        if (selection.getVendor() != null) {
            removeSelectedVendors(edits().deleteVendors(selectedVendors()));
        } else if (selection.getLayer() != null) {
            deleteLayer(selection.getLayer());
        }
    }

    /**
     * Runs {@code removal} of the selected vendors; the vendor that takes the lead's place is
     * selected, else the lead's layer.
     */
    private void removeSelectedVendors(Command removal) {
        Layer layer = selection.getLayer();
        int index = layer.getVendors().indexOf(selection.getVendor());
        long goneBefore = layer.getVendors().subList(0, index).stream().filter(selection::isSelected).count();
        run(removal);
        if (layer.getVendors().isEmpty()) {
            selection.selectLayer(layer);
        } else {
            int place = (int) Math.min(index - goneBefore, layer.getVendors().size() - 1);
            selection.selectVendor(layer.getVendors().get(place), layer);
        }
    }

    void addLayer() {
        TextInputDialog dialog = nameDialog("Add Layer", "Name the new layer", "");
        dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty()).ifPresent(name -> {
            Layer layer = edits().newLayer(name);
            Layer above = selection.getLayer();
            int index = above == null ? stack().getLayers().size() : stack().getLayers().indexOf(above) + 1;
            run(edits().addLayer(layer, index));
            selection.selectLayer(layer);
        });
    }

    /** Renames the selected layer and rewrites its summary. */
    void editLayer() {
        Layer layer = selection.getLayer();
        if (layer != null) {
            NameAndTextDialog.layer(owner, layer).ask()
                    .ifPresent(answer -> run(edits().editLayer(layer, answer.name(), answer.text())));
        }
    }

    /** Puts the selected layer's vendors in order of name, in one undoable step. */
    void sortVendors() {
        Layer layer = selection.getLayer();
        if (layer != null) {
            run(edits().sortVendorsByName(layer));
        }
    }

    /** Gives the stack another title, description and source. */
    void editStack() {
        new StackPropertiesDialog(owner, stack()).ask().ifPresent(answer -> run(edits().editStack(answer.title(),
                answer.description(), answer.sourceTitle(), answer.sourceAuthor(), answer.sourceUrl())));
    }

    void moveLayer(int direction) {
        Layer layer = selection.getLayer();
        if (layer != null) {
            Vendor vendor = selection.getVendor();
            run(edits().moveLayer(layer, direction));
            if (vendor == null) {
                selection.selectLayer(layer);
            }
        }
    }

    /**
     * Moves {@code layer} to {@code index} of the layers, bottom first, counted without it (a
     * dragged band), and selects it.
     */
    void moveLayerTo(Layer layer, int index) {
        run(edits().moveLayerTo(layer, index));
        selection.selectLayer(layer);
    }

    /** Deletes the selected layer (a selected vendor's, when a vendor is selected), asking where its vendors go. */
    void deleteSelectedLayer() {
        if (selection.getLayer() != null) {
            deleteLayer(selection.getLayer());
        }
    }

    private void deleteLayer(Layer layer) {
        if (stack().getLayers().size() == 1) {
            new Prompts(owner).showError("Delete Layer", "A stack needs at least one layer.",
                    "Add another layer before deleting " + layer.getName() + ".");
            return;
        }
        Layer vendorsGoTo = null;
        if (!layer.getVendors().isEmpty()) {
            List<String> choices = new ArrayList<>();
            stack().getLayers().stream().filter(other -> other != layer).forEach(other -> choices.add(other.getName()));
            choices.add(NO_LAYER);
            ChoiceDialog<String> ask = new ChoiceDialog<>(choices.get(0), choices);
            ask.initOwner(owner);
            ask.setTitle("Delete Layer");
            ask.setHeaderText("The " + layer.getName() + " layer holds "
                    + StatusText.plural(layer.getVendors().size(), "vendor") + ". Where should they go?");
            ask.setContentText("Move them to:");
            Theme.matchOwner(owner, ask.getDialogPane().getScene());
            Optional<String> answer = ask.showAndWait();
            if (answer.isEmpty()) {
                return;
            }
            vendorsGoTo = stack().getLayers().stream().filter(other -> other != layer)
                    .filter(other -> other.getName().equals(answer.get())).findFirst().orElse(null);
        }
        int index = stack().getLayers().indexOf(layer);
        run(edits().deleteLayer(layer, vendorsGoTo));
        selection.selectLayer(stack().getLayers().get(Math.max(0, index - 1)));
    }

    /** Adds a driver or adoption note to the selected layer. */
    void addDriver() {
        Layer layer = selection.getLayer();
        if (layer != null) {
            NameAndTextDialog.newDriver(owner, layer).ask()
                    .ifPresent(answer -> run(edits().addDriver(layer, answer.name(), answer.text(), answer.kind())));
        }
    }

    void editDriver(Driver driver) {
        NameAndTextDialog.driver(owner, driver).ask()
                .ifPresent(answer -> run(edits().editDriver(driver, answer.name(), answer.text(), answer.kind())));
    }

    void deleteDriver(Driver driver) {
        run(edits().deleteDriver(driver));
    }

    void addSegment() {
        Layer layer = selection.getLayer();
        if (layer == null) {
            return;
        }
        nameDialog("Add Segment", "Add a segment to the " + layer.getName() + " layer", "").showAndWait()
                .map(String::strip).filter(name -> !name.isEmpty())
                .ifPresent(name -> run(edits().addSegment(layer, edits().newSegment(name))));
    }

    void renameSegment(Segment segment) {
        nameDialog("Rename Segment", "Rename the " + segment.getName() + " segment", segment.getName()).showAndWait()
                .map(String::strip).filter(name -> !name.isEmpty() && !name.equals(segment.getName()))
                .ifPresent(name -> run(edits().renameSegment(segment, name)));
    }

    void moveSegment(Layer layer, Segment segment, int direction) {
        run(edits().moveSegment(layer, segment, direction));
    }

    void moveSegmentTo(SegmentMove move) {
        run(edits().moveSegmentTo(move.layer(), move.segment(), move.index()));
        selection.selectLayer(move.layer());
    }

    void deleteSegment(Layer layer, Segment segment) {
        run(edits().deleteSegment(layer, segment));
    }

    private Layer targetLayer() {
        Layer layer = selection.getLayer();
        List<Layer> layers = stack().getLayers();
        return layer != null ? layer : layers.get(layers.size() - 1);
    }

    private TextInputDialog nameDialog(String title, String header, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setContentText("Name:");
        Theme.matchOwner(owner, dialog.getDialogPane().getScene());
        TextField name = dialog.getEditor();
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(Bindings.createBooleanBinding(() -> name.getText().isBlank(), name.textProperty()));
        return dialog;
    }
}
