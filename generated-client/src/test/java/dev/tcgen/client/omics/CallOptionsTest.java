package dev.tcgen.client.omics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tcgen.client.core.CallOptions;
import dev.tcgen.client.core.Credentials;
import dev.tcgen.client.omics.v20221128.GetRunCallsRequest;
import dev.tcgen.client.omics.v20221128.OmicsClient;
import dev.tcgen.client.testing.OmicsSpec;
import dev.tcgen.runtime.testing.FakeTencentCloud;
import dev.tcgen.runtime.testing.FakeTencentCloud.Received;
import dev.tcgen.runtime.testing.FakeTencentCloud.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The generated overloads {@code x(request, options)}: one call's own settings reach the wire, the next call's do not. */
@Timeout(30)
class CallOptionsTest {

    private static final GetRunCallsRequest REQUEST = GetRunCallsRequest.builder().runUuid("u").path("/").build();

    private FakeTencentCloud server;
    private OmicsClient client;

    @BeforeEach
    void start() throws Exception {
        server = OmicsSpec.fakeTencentCloud();
        server.handler((request, number) -> Reply.success(request.requestId()));
        client = OmicsClient.builder()
                .credentials(Credentials.of(FakeTencentCloud.SECRET_ID, FakeTencentCloud.SECRET_KEY))
                .endpoint(server.endpoint())
                .region("ap-guangzhou")
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void theSyncOverloadSendsThisCallsRegionLanguageAndHeadersOnly() {
        CallOptions options = CallOptions.builder().region("ap-shanghai").language("en-US").header("X-Trace-Id", "t-1").build();
        String requestId = client.getRunCalls(REQUEST, options).requestId();
        client.getRunCalls(REQUEST);

        Received withOptions = server.received().get(0);
        assertEquals(withOptions.requestId(), requestId);
        assertEquals("GetRunCalls", withOptions.action());
        assertEquals("ap-shanghai", withOptions.header("X-TC-Region"));
        assertEquals("en-US", withOptions.header("X-TC-Language"));
        assertEquals("t-1", withOptions.header("X-Trace-Id"));
        Received without = server.received().get(1);
        assertEquals("ap-guangzhou", without.header("X-TC-Region"));
        assertNull(without.header("X-Trace-Id"));
        assertEquals(2, server.hits(), "both calls were signed correctly and answered");
    }

    @Test
    void theAsyncOverloadDoesTheSame() throws Exception {
        CallOptions options = CallOptions.builder().header("X-Trace-Id", "t-2").build();
        String requestId = client.getRunCallsAsync(REQUEST, options).get().requestId();
        assertEquals(server.received().get(0).requestId(), requestId);
        assertEquals("t-2", server.received().get(0).header("X-Trace-Id"));
        assertEquals("ap-guangzhou", server.received().get(0).header("X-TC-Region"), "unset options keep the client's");
    }

    @Test
    void noOptionsIsTheClientsSettings() {
        client.getRunCalls(REQUEST, CallOptions.none());
        assertEquals("ap-guangzhou", server.received().get(0).header("X-TC-Region"));
    }
}
