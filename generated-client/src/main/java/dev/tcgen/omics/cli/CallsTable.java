package dev.tcgen.omics.cli;

import dev.tcgen.client.omics.v20221128.RunMetadata;
import dev.tcgen.omics.calltree.CallOrder;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** One level of calls as an aligned table (name, type, status, scatter index, start, end, duration), in {@link CallOrder}. */
final class CallsTable {

    private static final String[] HEADER = {"NAME", "TYPE", "STATUS", "SCATTER", "START", "END", "DURATION"};

    private CallsTable() {}

    static void print(List<RunMetadata> calls, PrintStream out) {
        if (calls.isEmpty()) {
            out.println("(no calls)");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        List<RunMetadata> sorted = new ArrayList<>(calls);
        sorted.sort(CallOrder.SIBLINGS);
        for (RunMetadata call : sorted) {
            rows.add(new String[] {CallText.orDash(call.callName()), CallText.orDash(call.runType()),
                    CallText.orDash(call.status()), CallText.orDash(call.scatterIndex()), CallText.orDash(call.startTime()),
                    CallText.orDash(call.endTime()), CallText.duration(call)});
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == 0 ? "" : "  ").append(String.format("%-" + widths[i] + "s", row[i]));
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
