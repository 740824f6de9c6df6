package dev.tcgen.generator.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Renders the changes between two specs, for people (one line each) or for machines (JSON); both list the
 * breaking changes first, each group in the order of the specs.
 */
public record DiffReport(String oldName, String newName, List<Change> changes) {

    public DiffReport {
        changes = changes.stream().sorted(java.util.Comparator.comparing(Change::severity)).toList();
    }

    public long breakingCount() {
        return changes.stream().filter(Change::isBreaking).count();
    }

    public boolean hasBreakingChanges() {
        return breakingCount() > 0;
    }

    public String text() {
        StringBuilder text = new StringBuilder("Changes from " + oldName + " to " + newName + ":\n");
        if (changes.isEmpty()) {
            text.append("  none\n");
        }
        for (Change change : changes) {
            text.append(String.format("  %-10s %s: %s [%s]\n", change.severity().label(), change.subject(), change.message(), change.rule()));
        }
        text.append(String.format("%d breaking, %d compatible change(s)\n", breakingCount(), changes.size() - breakingCount()));
        return text.toString();
    }

    public String json() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("old", oldName);
        root.put("new", newName);
        root.put("breaking", breakingCount());
        root.put("compatible", changes.size() - breakingCount());
        ArrayNode list = root.putArray("changes");
        for (Change change : changes) {
            list.addObject()
                    .put("severity", change.severity().label())
                    .put("rule", change.rule())
                    .put("subject", change.subject())
                    .put("message", change.message());
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
