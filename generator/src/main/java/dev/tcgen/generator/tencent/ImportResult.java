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

    /** The notes grouped by kind, one line each: {@code what (N): where, where, ...}. */
    public List<String> noteLines() {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (ImportNote note : notes) {
            byKind.computeIfAbsent(note.what(), k -> new ArrayList<>()).add(note.where());
        }
        List<String> lines = new ArrayList<>();
        byKind.forEach((what, where) -> lines.add(what + " (" + where.size() + "): " + String.join(", ", where)));
        return lines;
    }
}
