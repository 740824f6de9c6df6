package dev.tcgen.omics.calltree;

import dev.tcgen.client.omics.v20221128.RunMetadata;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;

/**
 * The order siblings are shown in, so that the same run always prints the same way whatever order the
 * service lists calls in: by start time (calls not started last), then name, then scatter index as a
 * number, then RunId.
 */
public final class CallOrder {

    public static final Comparator<RunMetadata> SIBLINGS = Comparator
            .comparing((RunMetadata call) -> call.startTimeAsDateTime().map(OffsetDateTime::toInstant).orElse(Instant.MAX))
            .thenComparing(call -> call.callName() == null ? "" : call.callName())
            .thenComparingLong(CallOrder::scatterIndex)
            .thenComparing(call -> call.runId() == null ? "" : call.runId());

    private CallOrder() {}

    /** The scatter index as a number; -1 when the call is not a shard (or the index is not a number). */
    static long scatterIndex(RunMetadata call) {
        String index = call.scatterIndex();
        if (index == null || index.isBlank()) {
            return -1;
        }
        try {
            return Long.parseLong(index.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
