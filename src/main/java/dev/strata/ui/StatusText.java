package dev.strata.ui;

import dev.strata.edit.Document;

/** The status bar's summary of a document: "4 layers · 5 vendors · Unsaved changes". */
final class StatusText {

    private StatusText() {
    }

    static String of(Document document) {
        int layers = document.stack().getLayers().size();
        int vendors = document.stack().vendorCount();
        String state = document.isDirty() ? "Unsaved changes" : document.getPath() == null ? "Not saved yet" : "Saved";
        return plural(layers, "layer") + " · " + plural(vendors, "vendor") + " · " + state;
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
