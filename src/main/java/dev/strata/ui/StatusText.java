package dev.strata.ui;

import dev.strata.edit.Document;

/** The status bar's summary: "4 layers · 5 vendors · NVIDIA selected · Unsaved changes". */
final class StatusText {

    private StatusText() {
    }

    static String of(Document document, Selection selection) {
        int layers = document.stack().getLayers().size();
        int vendors = document.stack().vendorCount();
        String state = document.isDirty() ? "Unsaved changes" : document.getPath() == null ? "Not saved yet" : "Saved";
        String selected = selection.hasSeveral() ? plural(selection.getVendors().size(), "vendor") + " selected · "
                : selection.getVendor() != null ? selection.getVendor().getName() + " selected · "
                : selection.getLayer() != null ? selection.getLayer().getName() + " layer selected · " : "";
        return plural(layers, "layer") + " · " + plural(vendors, "vendor") + " · " + selected + state;
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
