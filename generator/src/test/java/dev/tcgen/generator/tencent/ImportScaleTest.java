package dev.tcgen.generator.tencent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A large service with many examples that do not fit its types: dropping them must not cost a whole check of
 * the service per example (a real service of 500 types took 55 s to import with its examples, 3.5 s without).
 */
class ImportScaleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final int ACTIONS = 120;
    private static final int TYPES_PER_ACTION = 5;
    private static final int MEMBERS = 12;

    @Test
    void failingExamplesCostOneMoreCheckWhateverTheirNumber() throws Exception {
        JsonNode api = api();
        JsonNode examples = examples();

        TencentImporter plain = new TencentImporter();
        long start = System.nanoTime();
        ImportResult without = plain.importSpec(new TencentImporter.Sources(api, JSON.missingNode(), JSON.missingNode()), List.of());
        long withoutNanos = System.nanoTime() - start;

        TencentImporter withExamples = new TencentImporter();
        start = System.nanoTime();
        ImportResult with = withExamples.importSpec(new TencentImporter.Sources(api, examples, JSON.missingNode()), List.of());
        long withNanos = System.nanoTime() - start;
        System.out.printf(Locale.ROOT, "import of %d actions, %d types: %d ms without examples, %d ms with %d examples"
                        + " (%d failing); ratio %.2f; checks %d and %d%n",
                ACTIONS, ACTIONS * TYPES_PER_ACTION, withoutNanos / 1_000_000, withNanos / 1_000_000, ACTIONS * 3, ACTIONS * 2,
                (double) withNanos / withoutNanos, plain.checks(), withExamples.checks());

        assertEquals(1, plain.checks(), "a source without examples is checked once");
        // One check finds every failing example, one more confirms the rest: not one per example.
        assertEquals(2, withExamples.checks());
        assertEquals(ACTIONS * TYPES_PER_ACTION, without.document().types().size());

        // Only the example that fits is kept, and each dropped one is reported with its own first problem.
        for (SpecDocument.Action action : with.document().actions()) {
            assertEquals(List.of("Fits"), action.examples().stream().map(SpecDocument.Example::title).toList(), action.name());
        }
        List<String> dropped = with.notes().stream()
                .filter(n -> n.what().equals("action example does not match the action's types; example dropped"))
                .map(ImportNote::where).toList();
        assertEquals(ACTIONS * 2, dropped.size());
        assertTrue(dropped.contains("Action7 example 'Wrong request' ('Param3' is integer, but the example gives a string)"), dropped::toString);
        assertTrue(dropped.contains("Action7 example 'Deep wrong response' ('Member5' is integer, but the example gives a boolean)"),
                dropped::toString);
    }

    /** Each action takes its first type and returns a list of it; each type holds the next, down a chain. */
    private static JsonNode api() {
        ObjectNode api = JSON.createObjectNode();
        api.putObject("metadata").put("apiVersion", "2020-01-01").put("serviceShortName", "big");
        ObjectNode actions = api.putObject("actions");
        ObjectNode objects = api.putObject("objects");
        for (int a = 0; a < ACTIONS; a++) {
            String name = "Action" + a;
            actions.putObject(name).put("document", "Does " + a + ".").put("input", name + "Request").put("output", name + "Response");
            ArrayNode request = objects.putObject(name + "Request").putArray("members");
            for (int m = 0; m < MEMBERS; m++) {
                request.addObject().put("name", "Param" + m).put("type", "int").put("member", "int64");
            }
            request.addObject().put("name", "Filter").put("type", "object").put("member", type(a, 0));
            ArrayNode response = objects.putObject(name + "Response").putArray("members");
            response.addObject().put("name", "Items").put("type", "list").put("member", type(a, 0));
            response.addObject().put("name", "RequestId").put("type", "string").put("member", "string");
            for (int t = 0; t < TYPES_PER_ACTION; t++) {
                ArrayNode members = objects.putObject(type(a, t)).putArray("members");
                for (int m = 0; m < MEMBERS; m++) {
                    members.addObject().put("name", "Member" + m).put("type", "int").put("member", "int64");
                }
                if (t + 1 < TYPES_PER_ACTION) {
                    members.addObject().put("name", "Next").put("type", "object").put("member", type(a, t + 1));
                }
            }
        }
        return api;
    }

    private static String type(int action, int index) {
        return "Type" + action + "x" + index;
    }

    /** Per action: one example that fits, one with a wrong request, one wrong deep in the response. */
    private static JsonNode examples() {
        ObjectNode examples = JSON.createObjectNode();
        ObjectNode actions = examples.putObject("actions");
        String deep = "{\"Member1\": 1, \"Next\": {\"Next\": {\"Member5\": %s}}}";
        for (int a = 0; a < ACTIONS; a++) {
            ArrayNode list = actions.putArray("Action" + a);
            list.addObject().put("title", "Fits")
                    .put("input", "POST / HTTP/1.1\nX-TC-Action: Action" + a + "\n\n{\"Param3\": 3, \"Filter\": " + deep.formatted("5") + "}")
                    .put("output", "{\"Response\": {\"Items\": [" + deep.formatted("5") + "], \"RequestId\": \"r\"}}");
            list.addObject().put("title", "Wrong request")
                    .put("input", "POST / HTTP/1.1\nX-TC-Action: Action" + a + "\n\n{\"Param3\": \"three\"}")
                    .put("output", "{\"Response\": {\"RequestId\": \"r\"}}");
            list.addObject().put("title", "Deep wrong response")
                    .put("input", "{\"Param3\": 3}")
                    .put("output", "{\"Response\": {\"Items\": [" + deep.formatted("true") + "], \"RequestId\": \"r\"}}");
        }
        return examples;
    }
}
