package dev.tcgen.omics.cli;

import dev.tcgen.client.omics.v20221128.RunMetadata;
import dev.tcgen.omics.calltree.CallNode;
import dev.tcgen.omics.calltree.CallTree;
import dev.tcgen.omics.calltree.Problem;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A call tree as indented text: one aligned line per call (name, type, status, duration, error message),
 * a {@code !} line where a node could not be listed, then a summary: counts by status, the failed calls
 * with their error messages, the failed listings. ASCII only, so any terminal shows it.
 */
final class TreeReport {

    private final List<String[]> rows = new ArrayList<>();
    private final List<String> failedCalls = new ArrayList<>();
    private final List<String> failedListings = new ArrayList<>();

    private TreeReport() {}

    static void print(CallTree tree, PrintStream out) {
        TreeReport report = new TreeReport();
        report.problem(tree.root(), "", "/");
        List<CallNode> children = tree.root().children();
        for (int i = 0; i < children.size(); i++) {
            report.node(children.get(i), "", i == children.size() - 1, "");
        }
        out.println("Run " + tree.runUuid());
        report.printRows(out);
        out.println();
        out.println(summary(tree));
        report.printList("Failed calls:", report.failedCalls, out);
        report.printList("Listings that failed:", report.failedListings, out);
    }

    private void node(CallNode node, String indent, boolean last, String parentPath) {
        RunMetadata call = node.call();
        String name = CallText.name(call);
        String path = parentPath.isEmpty() ? name : parentPath + " > " + name;
        String error = CallTree.failed(call) ? CallText.errorMessage(call) : "";
        rows.add(new String[] {indent + (last ? "`-- " : "|-- ") + name, CallText.orDash(call.runType()),
                CallText.orDash(call.status()), CallText.duration(call), error.isEmpty() ? "" : "error: " + error});
        if (CallTree.failed(call)) {
            failedCalls.add(path + " (RunId " + CallText.orDash(call.runId()) + "): "
                    + (error.isEmpty() ? "no error message" : error));
        }
        String childIndent = indent + (last ? "    " : "|   ");
        problem(node, childIndent, path);
        for (int i = 0; i < node.children().size(); i++) {
            node(node.children().get(i), childIndent, i == node.children().size() - 1, path);
        }
    }

    private void problem(CallNode node, String indent, String path) {
        Problem problem = node.problem();
        if (problem == null) {
            return;
        }
        String text = describe(problem);
        rows.add(new String[] {indent + "! " + text});
        if (problem.isFailure()) {
            failedListings.add(path + ": " + text);
        }
    }

    static String describe(Problem problem) {
        return switch (problem.kind()) {
            case API_ERROR -> "GetRunCalls failed: " + problem.code() + ": " + CallText.oneLine(problem.message())
                    + (problem.requestId() == null ? "" : " (RequestId " + problem.requestId() + ")");
            case TRANSPORT_ERROR -> "GetRunCalls got no answer: " + CallText.oneLine(problem.message());
            case CYCLE, DEPTH_LIMIT -> problem.message();
        };
    }

    static String summary(CallTree tree) {
        Map<String, Integer> counts = tree.countsByStatus();
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<String> parts = new ArrayList<>();
        counts.forEach((status, count) -> parts.add(count + " " + status));
        String line = "Summary: " + total + (total == 1 ? " call" : " calls") + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
        int failedListings = tree.failedListings().size();
        return failedListings == 0 ? line : line + "; " + failedListings + (failedListings == 1 ? " listing" : " listings") + " failed";
    }

    private void printRows(PrintStream out) {
        int[] widths = new int[5];
        for (String[] row : rows) {
            if (row.length > 1) {
                for (int i = 0; i < row.length; i++) {
                    widths[i] = Math.max(widths[i], row[i].length());
                }
            }
        }
        for (String[] row : rows) {
            if (row.length == 1) {
                out.println(row[0]);
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == 0 ? "" : "  ").append(String.format("%-" + Math.max(1, widths[i]) + "s", row[i]));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private void printList(String title, List<String> lines, PrintStream out) {
        if (!lines.isEmpty()) {
            out.println(title);
            lines.forEach(line -> out.println("  " + line));
        }
    }
}
