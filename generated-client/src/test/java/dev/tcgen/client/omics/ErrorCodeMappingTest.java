package dev.tcgen.client.omics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tcgen.client.core.CommonErrorCode;
import dev.tcgen.client.core.Credentials;
import dev.tcgen.client.core.RetryPolicy;
import dev.tcgen.client.omics.v20221128.GetRunCallsRequest;
import dev.tcgen.client.omics.v20221128.OmicsClient;
import dev.tcgen.client.omics.v20221128.OmicsErrorCode;
import dev.tcgen.client.omics.v20221128.OmicsException;
import dev.tcgen.client.testing.OmicsSpec;
import dev.tcgen.runtime.testing.FakeTencentCloud;
import dev.tcgen.runtime.testing.FakeTencentCloud.Reply;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Error envelopes from the server become OmicsException with the typed and the raw code. */
@Timeout(30)
class ErrorCodeMappingTest {

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
    void everyErrorCodeOfTheActionMapsToItsConstant() {
        List<String> codes = OmicsSpec.getRunCalls().errorCodes();
        assertFalse(codes.isEmpty());
        for (String code : codes) {
            OmicsException e = failWith(code, "message for " + code);
            assertEquals(code, e.code());
            assertNotEquals(OmicsErrorCode.UNKNOWN, e.errorCode(), code);
            assertEquals(code, e.errorCode().code());
            assertEquals("message for " + code, e.getMessage());
            assertEquals(server.issuedRequestIds().get(server.issuedRequestIds().size() - 1), e.requestId());
        }
    }

    @Test
    void unlistedCodeMapsToUnknownAndKeepsTheRawCode() {
        OmicsException e = failWith("ResourceNotFound.SomethingAddedLater", "new");
        assertEquals(OmicsErrorCode.UNKNOWN, e.errorCode());
        assertEquals("ResourceNotFound.SomethingAddedLater", e.code());
        assertEquals(CommonErrorCode.UNKNOWN, e.commonErrorCode());
    }

    @Test
    void commonCodeIsTypedAsCommonErrorCode() {
        OmicsException e = failWith("RequestSizeLimitExceeded", "too big");
        assertEquals(CommonErrorCode.REQUEST_SIZE_LIMIT_EXCEEDED, e.commonErrorCode());
    }

    private OmicsException failWith(String code, String message) {
        server.handler((request, number) -> Reply.apiError(code, message, request.requestId()));
        return assertThrows(OmicsException.class,
                () -> client.getRunCalls(GetRunCallsRequest.builder().runUuid("u").path("/").build()));
    }
}
