package dev.strata.edit;

import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** Holds the document that is open in a window; opening another file replaces it. */
public final class Editor {

    private final ReadOnlyObjectWrapper<Document> document = new ReadOnlyObjectWrapper<>(this, "document");

    public Editor(Document document) {
        this.document.set(Objects.requireNonNull(document, "document"));
    }

    public ReadOnlyObjectProperty<Document> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public Document getDocument() {
        return document.get();
    }

    /** Shows {@code next} in place of the current document (which the caller has dealt with). */
    public void replaceDocument(Document next) {
        document.set(Objects.requireNonNull(next, "next"));
    }
}
