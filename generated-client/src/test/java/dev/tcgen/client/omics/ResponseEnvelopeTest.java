package dev.tcgen.client.omics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.client.core.Credentials;
import dev.tcgen.client.core.RetryPolicy;
import dev.tcgen.client.core.TencentCloudTransportException;
import dev.tcgen.client.core.TencentCloudTransportException.Kind;
import dev.tcgen.client.omics.v20221128.GetRunCallsRequest;
import dev.tcgen.client.omics.v20221128.GetRunCallsResponse;
import dev.tcgen.client.omics.v20221128.OmicsClient;
import dev.tcgen.client.omics.v20221128.OmicsException;
import dev.tcgen.client.testing.OmicsSpec;
import dev.tcgen.runtime.testing.FakeTencentCloud;
import dev.tcgen.runtime.testing.FakeTencentCloud.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The {@code {"Response": ...}} envelope read the way the client reads success answers (one streaming pass,
 * then binding, no tree) must mean what the whole-tree reading means: an {@code Error} anywhere in the
 * {@code Response} object is an API error, a null {@code Error} is none, and whatever is not one JSON object
 * with a {@code Response} object is a malformed answer.
 */
@Timeout(30)
class ResponseEnvelopeTest {

    private static final GetRunCallsRequest REQUEST = GetRunCallsRequest.builder().runUuid("u").path("/").build();

    private FakeTencentCloud server;
    private OmicsClient client;

    @BeforeEach
    void start() throws Exception {
        server = OmicsSpec.fakeTencentCloud();
        client = OmicsClient.builder()
                .credentials(Credentials.of(FakeTencentCloud.SECRET_ID, FakeTencentCloud.SECRET_KEY))
                .endpoint(server.endpoint())
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void errorAfterTheDataIsStillAnApiError() {
        server.handler((request, number) -> Reply.json("""
                {"Response": {"Calls": [{"CallName": "a"}], "RequestId": "r-1",
                 "Error": {"Code": "ResourceNotFound", "Message": "no such run"}}}"""));
        OmicsException e = assertThrows(OmicsException.class, () -> client.getRunCalls(REQUEST));
        assertEquals("ResourceNotFound", e.code());
        assertEquals("r-1", e.requestId());
        assertTrue(e.getMessage().contains("no such run"), e.getMessage());
    }

    @Test
    void nullErrorIsASuccess() {
        server.handler((request, number) -> Reply.json("""
                {"Response": {"Error": null, "Calls": [{"CallName": "a", "Status": "RUNNING"}], "RequestId": "r-2"}}"""));
        GetRunCallsResponse response = client.getRunCalls(REQUEST);
        assertEquals("r-2", response.requestId());
        assertEquals("a", response.calls().get(0).callName());
        assertEquals("RUNNING", response.calls().get(0).status());
    }

    @Test
    void fieldsAroundTheEnvelopeAreIgnored() {
        server.handler((request, number) -> Reply.json("""
                {"Before": {"Response": {"Error": {"Code": "X"}}}, "Response": {"RequestId": "r-3", "Calls": []},
                 "After": [1, {"Error": 2}]}"""));
        GetRunCallsResponse response = client.getRunCalls(REQUEST);
        assertEquals("r-3", response.requestId());
        assertTrue(response.calls() == null || response.calls().isEmpty(), String.valueOf(response.calls()));
    }

    @Test
    void nestedErrorFieldsAreData() {
        server.handler((request, number) -> Reply.json("""
                {"Response": {"Calls": [{"CallName": "a", "ErrorMessage": "boom", "Error": {"Code": "Nested"}}],
                 "RequestId": "r-4"}}"""));
        GetRunCallsResponse response = client.getRunCalls(REQUEST);
        assertEquals("boom", response.calls().get(0).errorMessage());
        assertNull(response.calls().get(0).jobId());
    }

    @Test
    void contentAfterTheEnvelopeIsMalformed() {
        server.handler((request, number) -> Reply.json("{\"Response\": {\"RequestId\": \"r-5\"}} {\"more\": 1}"));
        TencentCloudTransportException e = assertThrows(TencentCloudTransportException.class, () -> client.getRunCalls(REQUEST));
        assertEquals(Kind.MALFORMED_RESPONSE, e.kind());
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    @Test
    void responseThatIsNoObjectIsMalformed() {
        server.handler((request, number) -> Reply.json("{\"Response\": [{\"RequestId\": \"r-6\"}]}"));
        TencentCloudTransportException e = assertThrows(TencentCloudTransportException.class, () -> client.getRunCalls(REQUEST));
        assertEquals(Kind.MALFORMED_RESPONSE, e.kind());
        assertTrue(e.getMessage().contains("no \"Response\" object"), e.getMessage());
    }

    @Test
    void successThatDoesNotFitTheRecordIsMalformed() {
        server.handler((request, number) -> Reply.json("{\"Response\": {\"Calls\": {\"CallName\": \"a\"}, \"RequestId\": \"r-7\"}}"));
        TencentCloudTransportException e = assertThrows(TencentCloudTransportException.class, () -> client.getRunCalls(REQUEST));
        assertEquals(Kind.MALFORMED_RESPONSE, e.kind());
        assertTrue(e.getMessage().contains("does not fit GetRunCallsResponse"), e.getMessage());
    }
}
