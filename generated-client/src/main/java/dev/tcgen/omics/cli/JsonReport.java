package dev.tcgen.omics.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcgen.client.omics.v20221128.GetRunCallsResponse;
import dev.tcgen.omics.calltree.CallNode;
import dev.tcgen.omics.calltree.CallTree;
import dev.tcgen.omics.calltree.Problem;
import java.io.PrintStream;

/**
 * {@code --json} output, with the service's field names: {@code calls} prints the response as the service
 * sent it (without the envelope); {@code tree} nests each call's {@code Children}, adds a {@code Problem}
 * where a listing failed or stopped, and a {@code Summary}.
 */
final class JsonReport {

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonReport() {}

    static void printCalls(GetRunCallsResponse response, PrintStream out) {
        print(MAPPER.valueToTree(response), out);
    }

    static void printTree(CallTree tree, PrintStream out) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("RunUuid", tree.runUuid());
        addProblem(root, tree.root().problem());
        root.set("Calls", children(tree.root()));
        ObjectNode summary = root.putObject("Summary");
        summary.put("Calls", tree.calls().size());
        ObjectNode byStatus = summary.putObject("ByStatus");
        tree.countsByStatus().forEach(byStatus::put);
        ArrayNode failed = summary.putArray("FailedCalls");
        for (CallNode node : tree.failedCalls()) {
            failed.addObject().put("CallName", CallText.name(node.call())).put("RunId", node.call().runId())
                    .put("ErrorMessage", CallText.errorMessage(node.call()));
        }
        summary.put("FailedListings", tree.failedListings().size());
        print(root, out);
    }

    private static ArrayNode children(CallNode node) {
        ArrayNode array = MAPPER.createArrayNode();
        for (CallNode child : node.children()) {
            ObjectNode object = MAPPER.valueToTree(child.call());
            addProblem(object, child.problem());
            if (CallNode.hasChildren(child.call())) {
                object.set("Children", children(child));
            }
            array.add(object);
        }
        return array;
    }

    private static void addProblem(ObjectNode object, Problem problem) {
        if (problem != null) {
            ObjectNode json = object.putObject("Problem").put("Kind", problem.kind().name()).put("Message", problem.message());
            if (problem.code() != null) {
                json.put("Code", problem.code());
            }
            if (problem.requestId() != null) {
                json.put("RequestId", problem.requestId());
            }
        }
    }

    private static void print(Object tree, PrintStream out) {
        try {
            out.println(MAPPER.writeValueAsString(tree));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }
}
