package dev.tcgen.client.omics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.tcgen.client.omics.v20221128.GetRunCallsRequest;
import dev.tcgen.client.omics.v20221128.GetRunCallsResponse;
import dev.tcgen.client.omics.v20221128.RunMetadata;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated records against the spec's own examples: each example request and response deserializes into
 * the records and serializes back to the same JSON tree.
 */
class ExampleRoundTripTest {

    /** The spec the records were generated from; surefire runs in the module directory. */
    private static final Path SPEC = Path.of("..", "spec", "omics", "2022-11-28.yaml");

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> examples;

    @BeforeAll
    static void readExamples() throws IOException {
        JsonNode spec = new YAMLMapper().readTree(SPEC.toFile());
        examples = new ArrayList<>();
        spec.path("actions").path("GetRunCalls").path("examples").forEach(examples::add);
    }

    static Stream<Integer> exampleIndexes() throws IOException {
        readExamples();
        return IntStream.range(0, examples.size()).boxed();
    }

    @Test
    void theSpecHasBothExamplesOfTheApiDocument() {
        assertEquals(2, examples.size());
    }

    @ParameterizedTest(name = "example {0}")
    @MethodSource("exampleIndexes")
    void exampleRequestRoundTrips(int index) throws IOException {
        JsonNode expected = JSON.readTree(examples.get(index).path("request").asText());
        GetRunCallsRequest request = JSON.treeToValue(expected, GetRunCallsRequest.class);
        assertNotNull(request.runUuid());
        assertEquals(withoutNulls(expected), JSON.valueToTree(request));
    }

    @ParameterizedTest(name = "example {0}")
    @MethodSource("exampleIndexes")
    void exampleResponseRoundTrips(int index) throws IOException {
        JsonNode envelope = JSON.readTree(examples.get(index).path("response").asText());
        JsonNode expected = envelope.path("Response");
        GetRunCallsResponse response = JSON.treeToValue(expected, GetRunCallsResponse.class);
        assertFalse(response.calls().isEmpty());
        assertEquals(expected.path("RequestId").asText(), response.requestId());
        // The records leave null fields off the wire (so a request never sends an explicit null), so the
        // example's explicit nulls ("SubmitTime": null) are removed before comparing. Nothing else may differ.
        assertEquals(withoutNulls(expected), JSON.valueToTree(response));
    }

    @Test
    void typedAccessorsReadTheExampleValues() throws IOException {
        RunMetadata call = firstCallOfFirstExample();
        assertEquals(OffsetDateTime.parse("2022-10-31T14:10:15+08:00"), call.startTimeAsDateTime().orElseThrow());
        assertEquals(OffsetDateTime.parse("2022-10-31T14:11:18+08:00"), call.endTimeAsDateTime().orElseThrow());
        assertEquals("/cfs-10-8-16-3/omics/file_cache/gene-1252949230/samples.csv",
                call.inputAsJson().orElseThrow().path("base64_in").asText());
        assertTrue(call.errorMessageAsJson().orElseThrow().isObject());
        assertEquals(0, call.errorMessageAsJson().orElseThrow().size());
        // Absent, null and empty values give empty, not an exception.
        assertEquals(null, call.submitTime());
        assertTrue(call.submitTimeAsDateTime().isEmpty());
        assertEquals("", call.meta());
        assertTrue(call.metaAsJson().isEmpty());
        assertEquals("sub_workflow", call.callName());
        assertEquals("Workflow", call.runType());
        assertEquals(Boolean.TRUE, call.preprocess());
        assertEquals(Boolean.FALSE, call.callCached());
    }

    @Test
    void malformedServerValuesGiveEmptyInsteadOfThrowing() {
        RunMetadata call = RunMetadata.builder()
                .startTime("yesterday")
                .endTime("2022-10-31T14:11:18") // no offset
                .submitTime("  ")
                .input("{not json")
                .output("[1, 2")
                .runtime("   ")
                .build();
        assertTrue(call.startTimeAsDateTime().isEmpty());
        assertTrue(call.endTimeAsDateTime().isEmpty());
        assertTrue(call.submitTimeAsDateTime().isEmpty());
        assertTrue(call.inputAsJson().isEmpty());
        assertTrue(call.outputAsJson().isEmpty());
        assertTrue(call.runtimeAsJson().isEmpty());
        assertEquals("yesterday", call.startTime(), "the raw text is kept as the server sent it");
    }

    @Test
    void unknownJsonFieldsAreIgnored() throws IOException {
        RunMetadata call = JSON.readValue("{\"CallName\": \"a\", \"AddedLater\": {\"x\": [1]}, \"Other\": 5}", RunMetadata.class);
        assertEquals("a", call.callName());
        GetRunCallsResponse response = JSON.readValue(
                "{\"RequestId\": \"r\", \"NextToken\": \"t\", \"Calls\": [{\"RunId\": \"x\", \"New\": true}]}",
                GetRunCallsResponse.class);
        assertEquals("x", response.calls().get(0).runId());
        assertEquals("r", response.requestId());
    }

    @Test
    void listsAreNeverNullAndCannotBeChanged() throws IOException {
        GetRunCallsResponse absent = JSON.readValue("{\"RequestId\": \"r\"}", GetRunCallsResponse.class);
        assertEquals(List.of(), absent.calls());
        GetRunCallsResponse explicitNull = JSON.readValue("{\"Calls\": null}", GetRunCallsResponse.class);
        assertEquals(List.of(), explicitNull.calls());
        assertEquals(List.of(), GetRunCallsResponse.builder().build().calls());
        List<RunMetadata> calls = new ArrayList<>(List.of(RunMetadata.builder().runId("a").build()));
        GetRunCallsResponse built = GetRunCallsResponse.builder().calls(calls).build();
        calls.clear();
        assertEquals(1, built.calls().size(), "the record keeps its own copy");
        assertThrows(UnsupportedOperationException.class, () -> built.calls().add(RunMetadata.builder().build()));
    }

    @Test
    void nullsAreLeftOffTheWire() {
        JsonNode json = JSON.valueToTree(GetRunCallsRequest.builder().runUuid("u").path("/").build());
        assertEquals(JSON.createObjectNode().put("RunUuid", "u").put("Path", "/"), json);
        assertEquals(JSON.createObjectNode(), JSON.valueToTree(GetRunCallsResponse.builder().build()));
    }

    @Test
    void buildingARequestWithoutARequiredFieldNamesTheField() {
        IllegalArgumentException noRunUuid = assertThrows(IllegalArgumentException.class,
                () -> GetRunCallsRequest.builder().path("/").build());
        assertTrue(noRunUuid.getMessage().contains("RunUuid"), noRunUuid.getMessage());
        IllegalArgumentException noPath = assertThrows(IllegalArgumentException.class,
                () -> GetRunCallsRequest.builder().runUuid("u").projectId("p").build());
        assertTrue(noPath.getMessage().contains("Path"), noPath.getMessage());
        GetRunCallsRequest request = GetRunCallsRequest.builder().runUuid("u").path("/").build();
        assertEquals("u", request.runUuid());
        assertEquals(null, request.projectId());
        assertEquals(request, request.toBuilder().build());
        assertEquals("p", request.toBuilder().projectId("p").build().projectId());
    }

    private static RunMetadata firstCallOfFirstExample() throws IOException {
        JsonNode envelope = JSON.readTree(examples.get(0).path("response").asText());
        return JSON.treeToValue(envelope.path("Response"), GetRunCallsResponse.class).calls().get(0);
    }

    /** A copy of {@code node} without the object members whose value is JSON null. */
    static JsonNode withoutNulls(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                if (!member.getValue().isNull()) {
                    copy.set(member.getKey(), withoutNulls(member.getValue()));
                }
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(withoutNulls(item)));
            return copy;
        }
        return node;
    }
}
