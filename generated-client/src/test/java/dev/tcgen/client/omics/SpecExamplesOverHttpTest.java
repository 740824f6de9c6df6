package dev.tcgen.client.omics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcgen.client.core.Credentials;
import dev.tcgen.client.omics.v20221128.GetRunCallsRequest;
import dev.tcgen.client.omics.v20221128.GetRunCallsResponse;
import dev.tcgen.client.omics.v20221128.OmicsClient;
import dev.tcgen.client.testing.OmicsSpec;
import dev.tcgen.runtime.testing.FakeTencentCloud;
import dev.tcgen.runtime.testing.FakeTencentCloud.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every example of the spec, served verbatim by the signature-checking server: the request the client sends
 * is the example's request, and what comes back is the example's response, field for field.
 */
@Timeout(30)
class SpecExamplesOverHttpTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void everyExampleRoundTripsThroughTheClient() throws Exception {
        List<OmicsSpec.Example> examples = OmicsSpec.getRunCalls().examples();
        assertFalse(examples.isEmpty(), "the spec has examples");
        try (FakeTencentCloud server = OmicsSpec.fakeTencentCloud();
                OmicsClient client = OmicsClient.builder()
                        .credentials(Credentials.of(FakeTencentCloud.SECRET_ID, FakeTencentCloud.SECRET_KEY))
                        .endpoint(server.endpoint())
                        .build()) {
            for (OmicsSpec.Example example : examples) {
                JsonNode expectedRequest = OmicsSpec.json(example.requestJson());
                server.handler((request, number) -> OmicsSpec.json(request.bodyText()).equals(expectedRequest)
                        ? Reply.json(example.responseJson())
                        : Reply.apiError("InvalidParameter", "not the example's request", request.requestId()));

                GetRunCallsRequest request = mapper.treeToValue(expectedRequest, GetRunCallsRequest.class);
                GetRunCallsResponse response = client.getRunCalls(request);

                JsonNode expectedResponse = OmicsSpec.json(example.responseJson()).get("Response");
                assertEquals(mapper.treeToValue(expectedResponse, GetRunCallsResponse.class), response, example.title());
                assertEquals(withoutNulls(expectedResponse), mapper.valueToTree(response),
                        example.title() + ": every field of the example, and nothing else, came back");
            }
            assertEquals(examples.size(), server.received().size());
        }
    }

    /** The example with its null fields removed: the records leave absent and null fields off the wire alike. */
    private static JsonNode withoutNulls(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> nulls = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (field.getValue().isNull()) {
                    nulls.add(field.getKey());
                } else {
                    strip(field.getValue());
                }
            }
            object.remove(nulls);
        } else if (node.isArray()) {
            node.forEach(SpecExamplesOverHttpTest::strip);
        }
    }
}
