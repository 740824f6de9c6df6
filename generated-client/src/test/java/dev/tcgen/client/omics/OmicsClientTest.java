package dev.tcgen.client.omics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.client.core.ClientConfigurationException;
import dev.tcgen.client.core.CommonErrorCode;
import dev.tcgen.client.core.Credentials;
import dev.tcgen.client.core.RetryPolicy;
import dev.tcgen.client.omics.v20221128.GetRunCallsRequest;
import dev.tcgen.client.omics.v20221128.GetRunCallsResponse;
import dev.tcgen.client.omics.v20221128.OmicsClient;
import dev.tcgen.client.omics.v20221128.OmicsErrorCode;
import dev.tcgen.client.omics.v20221128.OmicsException;
import dev.tcgen.client.omics.v20221128.RunMetadata;
import dev.tcgen.client.testing.OmicsSpec;
import dev.tcgen.runtime.testing.FakeTencentCloud;
import dev.tcgen.runtime.testing.FakeTencentCloud.Received;
import dev.tcgen.runtime.testing.FakeTencentCloud.Reply;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The generated client as the contract shows it, against a server that verifies every signature itself. */
@Timeout(30)
class OmicsClientTest {

    private static final String RUN_UUID = "84232c68-a016-4668-b2e3-168a175d6f29";

    private FakeTencentCloud server;

    @BeforeEach
    void start() throws Exception {
        server = OmicsSpec.fakeTencentCloud();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void contractSnippetWorksAndSendsTheCommonHeaders() {
        server.handler((request, number) -> Reply.json("""
                {"Response": {"Calls": [{"CallName": "sub_workflow", "RunType": "Workflow", "RunId": "r-1",
                 "SubmitTime": null, "SomethingNew": 1}], "RequestId": "%s", "AlsoNew": {}}}""".formatted(request.requestId())));
        try (OmicsClient client = OmicsClient.builder()
                .credentials(Credentials.of(FakeTencentCloud.SECRET_ID, FakeTencentCloud.SECRET_KEY))
                .endpoint(server.endpoint())
                .build()) {
            GetRunCallsResponse r = client.getRunCalls(GetRunCallsRequest.builder().runUuid(RUN_UUID).path("/").build());
            RunMetadata call = r.calls().get(0);
            assertEquals("sub_workflow", call.callName());
            assertEquals("Workflow", call.runType());
            assertEquals("r-1", call.runId());
            assertNull(call.submitTime());
            assertEquals(server.received().get(0).requestId(), r.requestId());
        }
        Received sent = server.received().get(0);
        assertEquals("GetRunCalls", sent.header("X-TC-Action"));
        assertEquals("2022-11-28", sent.header("X-TC-Version"));
        assertNotNull(sent.header("X-TC-Timestamp"));
        assertTrue(sent.header("Authorization").startsWith("TC3-HMAC-SHA256 Credential=" + FakeTencentCloud.SECRET_ID + "/"));
        assertEquals("application/json; charset=utf-8", sent.header("Content-Type"));
        assertEquals(server.endpoint().getAuthority(), sent.header("Host"));
        assertTrue(sent.header("X-TC-RequestClient").contains("tcgen"));
        assertNull(sent.header("X-TC-Region"));
        assertNull(sent.header("X-TC-Language"));
        assertNull(sent.header("X-TC-Token"));
        assertEquals("{\"RunUuid\":\"" + RUN_UUID + "\",\"Path\":\"/\"}", sent.bodyText(), "unset fields stay off the wire");
    }

    @Test
    void regionLanguageAndTokenAreSentWhenConfigured() {
        server.allow("AKIDtemporary", "temporary-key", "sts-token-1");
        try (OmicsClient client = OmicsClient.builder()
                .credentials(Credentials.of("AKIDtemporary", "temporary-key", "sts-token-1"))
                .region("ap-guangzhou")
                .language("en-US")
                .endpoint(server.endpoint())
                .build()) {
            client.getRunCalls(GetRunCallsRequest.builder().runUuid(RUN_UUID).path("/").build());
        }
        Received sent = server.received().get(0);
        assertEquals("ap-guangzhou", sent.header("X-TC-Region"));
        assertEquals("en-US", sent.header("X-TC-Language"));
        assertEquals("sts-token-1", sent.header("X-TC-Token"));
    }

    @Test
    void asyncCallsComplete() {
        try (OmicsClient client = client()) {
            List<CompletableFuture<GetRunCallsResponse>> futures = List.of(
                    client.getRunCallsAsync(GetRunCallsRequest.builder().runUuid(RUN_UUID).path("/").build()),
                    client.getRunCallsAsync(GetRunCallsRequest.builder().runUuid(RUN_UUID).path("/a").build()));
            for (CompletableFuture<GetRunCallsResponse> future : futures) {
                assertNotNull(future.join().requestId());
            }
        }
        assertEquals(2, server.received().size());
    }

    @Test
    void requestMissingARequiredFieldNeverLeavesTheProcess() {
        try (OmicsClient client = client()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> client.getRunCalls(GetRunCallsRequest.builder().path("/").build()));
            assertTrue(e.getMessage().contains("RunUuid"), e.getMessage());
            assertThrows(NullPointerException.class, () -> client.getRunCalls(null));
        }
        assertEquals(0, server.hits());
    }

    @Test
    void wrongKeyGetsTypedSignatureFailureWithRequestId() {
        try (OmicsClient client = OmicsClient.builder()
                .credentials(Credentials.of(FakeTencentCloud.SECRET_ID, "not-the-right-key"))
                .endpoint(server.endpoint())
                .build()) {
            OmicsException e = assertThrows(OmicsException.class,
                    () -> client.getRunCalls(GetRunCallsRequest.builder().runUuid(RUN_UUID).path("/").build()));
            assertEquals("AuthFailure.SignatureFailure", e.code());
            assertEquals(CommonErrorCode.AUTH_FAILURE_SIGNATURE_FAILURE, e.commonErrorCode());
            assertEquals(OmicsErrorCode.UNKNOWN, e.errorCode(), "omics lists only the AuthFailure family code");
            assertEquals(server.issuedRequestIds().get(0), e.requestId());
            assertEquals("GetRunCalls", e.action());
            assertTrue(e.toString().contains(e.requestId()), e.toString());
        }
        assertEquals(1, server.rejectedForSignature());
        assertEquals(1, server.hits(), "an API error other than throttling is never retried");
    }

    @Test
    void suppliedHttpClientIsUsedAndLeftOpen() {
        HttpClient http = HttpClient.newHttpClient();
        try (OmicsClient client = OmicsClient.builder()
                .credentials(Credentials.of(FakeTencentCloud.SECRET_ID, FakeTencentCloud.SECRET_KEY))
                .endpoint(server.endpoint())
                .httpClient(http)
                .build()) {
            client.getRunCalls(GetRunCallsRequest.builder().runUuid(RUN_UUID).path("/").build());
        }
        try (OmicsClient again = OmicsClient.builder()
                .credentials(Credentials.of(FakeTencentCloud.SECRET_ID, FakeTencentCloud.SECRET_KEY))
                .endpoint(server.endpoint())
                .httpClient(http)
                .build()) {
            again.getRunCalls(GetRunCallsRequest.builder().runUuid(RUN_UUID).path("/").build());
        }
        assertEquals(2, server.received().size());
    }

    @Test
    void closedClientRefusesCalls() {
        OmicsClient client = client();
        client.close();
        assertThrows(ClientConfigurationException.class,
                () -> client.getRunCalls(GetRunCallsRequest.builder().runUuid(RUN_UUID).path("/").build()));
        assertEquals(0, server.hits());
    }

    @Test
    void defaultsAndBadEndpoints() {
        assertEquals(URI.create("https://omics.tencentcloudapi.com"), OmicsClient.DEFAULT_ENDPOINT);
        assertEquals("omics", OmicsClient.SERVICE);
        assertEquals("2022-11-28", OmicsClient.VERSION);
        assertThrows(IllegalArgumentException.class,
                () -> OmicsClient.builder().endpoint(URI.create("ftp://omics.tencentcloudapi.com")).build());
        assertThrows(IllegalArgumentException.class,
                () -> OmicsClient.builder().endpoint(URI.create("https://omics.tencentcloudapi.com/v3")).build());
    }

    private OmicsClient client() {
        return OmicsClient.builder()
                .credentials(Credentials.of(FakeTencentCloud.SECRET_ID, FakeTencentCloud.SECRET_KEY))
                .endpoint(server.endpoint())
                .retryPolicy(RetryPolicy.none())
                .build();
    }
}
