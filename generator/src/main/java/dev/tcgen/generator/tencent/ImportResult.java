package dev.tcgen.generator.tencent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An import: the spec YAML (already checked by the spec and model stages), the document it was written
 * from, and what the spec could not express.
 */
public record ImportResult(String yaml, SpecDocument document, List<ImportNote> notes) {

    /** How long an example in a {@link #summaryLines() summary line} may be before it is cut. */
    static final int EXAMPLE_LENGTH = 160;

    /** The notes grouped by kind, one line each: {@code what (N): where, where, ...}. */
    public List<String> noteLines() {
        List<String> lines = new ArrayList<>();
        byKind().forEach((what, where) -> lines.add(what + " (" + where.size() + "): " + String.join(", ", where)));
        return lines;
    }

    /**
     * The notes grouped by kind, one short line each, in the order each kind first occurred: {@code what (N), e.g.
     * where} ({@code what (1): where} for a kind that occurred once). For the full list, {@link ImportNote#line()}.
     */
    public List<String> summaryLines() {
        List<String> lines = new ArrayList<>();
        byKind().forEach((what, where) -> {
            String example = where.get(0).length() <= EXAMPLE_LENGTH ? where.get(0)
                    : where.get(0).substring(0, EXAMPLE_LENGTH) + "…";
            lines.add(what + (where.size() == 1 ? " (1): " : " (" + where.size() + "), e.g. ") + example);
        });
        return lines;
    }

    private Map<String, List<String>> byKind() {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (ImportNote note : notes) {
            byKind.computeIfAbsent(note.what(), k -> new ArrayList<>()).add(note.where());
        }
        return byKind;
    }
}
