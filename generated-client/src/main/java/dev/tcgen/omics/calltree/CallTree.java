package dev.tcgen.omics.calltree;

import dev.tcgen.client.omics.v20221128.RunMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The whole call tree of a run, as {@link CallTreeWalker} found it.
 *
 * @param runUuid the run
 * @param root the run itself (its {@code call} is null); its children are the calls GetRunCalls lists on {@code /}
 */
public record CallTree(String runUuid, CallNode root) {

    /** Every call below the root, depth first, in display order. */
    public List<CallNode> calls() {
        List<CallNode> all = new ArrayList<>();
        root.children().forEach(child -> visit(child, all::add));
        return all;
    }

    /** How many calls have each status, by status name in alphabetical order; a missing status counts as UNKNOWN. */
    public Map<String, Integer> countsByStatus() {
        Map<String, Integer> counts = new TreeMap<>();
        for (CallNode node : calls()) {
            String status = node.call().status();
            counts.merge(status == null || status.isBlank() ? "UNKNOWN" : status, 1, Integer::sum);
        }
        return counts;
    }

    /** The calls whose status says they failed. */
    public List<CallNode> failedCalls() {
        return calls().stream().filter(node -> failed(node.call())).toList();
    }

    /** The nodes, root included, whose listing failed. */
    public List<CallNode> failedListings() {
        List<CallNode> failed = new ArrayList<>();
        visit(root, node -> {
            if (node.problem() != null && node.problem().isFailure()) {
                failed.add(node);
            }
        });
        return failed;
    }

    /** A status such as {@code FAILED}, {@code Failed} or {@code ERROR}. */
    public static boolean failed(RunMetadata call) {
        String status = call.status() == null ? "" : call.status().toUpperCase(Locale.ROOT);
        return status.contains("FAIL") || status.contains("ERROR");
    }

    private static void visit(CallNode node, Consumer<CallNode> action) {
        action.accept(node);
        node.children().forEach(child -> visit(child, action));
    }
}
