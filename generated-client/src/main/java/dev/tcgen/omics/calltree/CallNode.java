package dev.tcgen.omics.calltree;

import dev.tcgen.client.omics.v20221128.RunMetadata;
import java.util.List;
import java.util.Optional;

/**
 * One call of a run with the calls below it.
 *
 * @param call the call as GetRunCalls listed it; null for the run itself, the root of the tree
 * @param children in display order (see {@link CallOrder}); empty for a task, or when {@code problem} is set
 * @param problem why the children are missing or incomplete; null when they were listed
 */
public record CallNode(RunMetadata call, List<CallNode> children, Problem problem) {

    public CallNode {
        children = List.copyOf(children);
    }

    public Optional<Problem> problemIfAny() {
        return Optional.ofNullable(problem);
    }

    /** Whether GetRunCalls lists children for this call's RunId: calls of type Workflow or Scatter. */
    public static boolean hasChildren(RunMetadata call) {
        String type = call.runType();
        return "Workflow".equalsIgnoreCase(type) || "Scatter".equalsIgnoreCase(type);
    }
}
