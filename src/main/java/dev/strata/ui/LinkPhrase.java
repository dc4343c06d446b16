package dev.strata.ui;

import dev.strata.model.Link;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.util.Optional;

/** How a link reads from one of its two vendors: "runs on Azure", or "OpenAI runs on this". */
final class LinkPhrase {

    private LinkPhrase() {
    }

    static String of(Link link, Vendor seenFrom, Stack stack) {
        boolean outgoing = link.getFrom().equals(seenFrom.getId());
        String kind = link.getKind() == null ? "linked to" : link.getKind().replace('-', ' ');
        String otherName = other(link, seenFrom, stack).map(Vendor::getName)
                .orElse(outgoing ? link.getTo() : link.getFrom());
        return outgoing ? kind + " " + otherName : otherName + " " + kind + " this";
    }

    /** The vendor at the other end, if the stack has it. */
    static Optional<Vendor> other(Link link, Vendor seenFrom, Stack stack) {
        return stack.findVendor(link.getFrom().equals(seenFrom.getId()) ? link.getTo() : link.getFrom());
    }
}
