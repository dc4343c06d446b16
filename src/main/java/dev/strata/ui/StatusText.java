package dev.strata.ui;

import dev.strata.edit.Document;
import java.util.Locale;

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
        return number(count) + " " + noun + (count == 1 ? "" : "s");
    }

    /** A count as people write it: "10,000". */
    static String number(int count) {
        return String.format(Locale.ENGLISH, "%,d", count);
    }
}
