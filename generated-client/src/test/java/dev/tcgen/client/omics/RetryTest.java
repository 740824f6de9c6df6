package dev.tcgen.client.omics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tcgen.client.core.Credentials;
import dev.tcgen.client.core.RetryPolicy;
import dev.tcgen.client.core.TencentCloudTransportException;
import dev.tcgen.client.omics.v20221128.GetRunCallsRequest;
import dev.tcgen.client.omics.v20221128.OmicsClient;
import dev.tcgen.client.omics.v20221128.OmicsErrorCode;
import dev.tcgen.client.omics.v20221128.OmicsException;
import dev.tcgen.client.testing.OmicsSpec;
import dev.tcgen.runtime.testing.FakeTencentCloud;
import dev.tcgen.runtime.testing.FakeTencentCloud.Reply;
import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Which failures are retried, how often, against the signature-checking server. */
@Timeout(30)
class RetryTest {

    private static final GetRunCallsRequest REQUEST = GetRunCallsRequest.builder().runUuid("u").path("/").build();

    private FakeTencentCloud server;
    private OmicsClient client;

    @BeforeEach
    void start() throws Exception {
        server = OmicsSpec.fakeTencentCloud();
        client = OmicsClient.builder()
                .credentials(Credentials.of(FakeTencentCloud.SECRET_ID, FakeTencentCloud.SECRET_KEY))
                .endpoint(server.endpoint())
                .retryPolicy(RetryPolicy.builder().maxAttempts(4).initialBackoff(Duration.ofMillis(1))
                        .maxBackoff(Duration.ofMillis(10)).build())
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void serverFailingTheFirstAttemptsThenSucceeding() {
        server.handler((request, number) -> number <= 3
                ? Reply.status(503, "text/plain", "unavailable")
                : Reply.success(request.requestId()));
        String requestId = client.getRunCalls(REQUEST).requestId();
        assertEquals(4, server.received().size());
        assertEquals(server.received().get(3).requestId(), requestId);
    }

    @Test
    void serverThatAlwaysFailsIsGivenUpOnAfterTheConfiguredAttempts() {
        server.handler((request, number) -> Reply.status(502, "text/html", "<html>bad gateway</html>"));
        TencentCloudTransportException e = assertThrows(TencentCloudTransportException.class, () -> client.getRunCalls(REQUEST));
        assertEquals(OptionalInt.of(502), e.statusCode());
        assertEquals(4, server.hits());
    }

    @Test
    void requestLimitExceededAndItsSubCodesAreRetried() {
        server.handler((request, number) -> switch (number) {
            case 1 -> Reply.apiError("RequestLimitExceeded", "slow down", request.requestId());
            case 2 -> Reply.apiError("RequestLimitExceeded.UinLimitExceeded", "slow down", request.requestId());
            default -> Reply.success(request.requestId());
        });
        client.getRunCalls(REQUEST);
        assertEquals(3, server.hits());
    }

    @Test
    void invalidParameterIsNotRetried() {
        server.handler((request, number) -> Reply.apiError("InvalidParameter", "bad path", request.requestId()));
        OmicsException e = assertThrows(OmicsException.class, () -> client.getRunCalls(REQUEST));
        assertEquals(OmicsErrorCode.INVALID_PARAMETER, e.errorCode());
        assertEquals(1, server.hits());
    }

    @Test
    void internalErrorIsRetriedForAReadOnlyAction() {
        // InternalError leaves the outcome unknown: repeated only because GetRunCalls is read-only.
        server.handler((request, number) -> Reply.apiError("InternalError", "oops", request.requestId()));
        assertThrows(OmicsException.class, () -> client.getRunCalls(REQUEST));
        assertEquals(4, server.hits());
    }

    @Test
    void retriesCanBeTurnedOff() {
        server.handler((request, number) -> Reply.status(503, "text/plain", "unavailable"));
        try (OmicsClient once = OmicsClient.builder()
                .credentials(Credentials.of(FakeTencentCloud.SECRET_ID, FakeTencentCloud.SECRET_KEY))
                .endpoint(server.endpoint())
                .retryPolicy(RetryPolicy.none())
                .build()) {
            assertThrows(TencentCloudTransportException.class, () -> once.getRunCalls(REQUEST));
        }
        assertEquals(1, server.hits());
    }

    @Test
    void timeoutsAreRetried() {
        server.handler((request, number) -> number == 1 ? Reply.hang() : Reply.success(request.requestId()));
        try (OmicsClient impatient = OmicsClient.builder()
                .credentials(Credentials.of(FakeTencentCloud.SECRET_ID, FakeTencentCloud.SECRET_KEY))
                .endpoint(server.endpoint())
                .readTimeout(Duration.ofSeconds(1))
                .retryPolicy(RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(1)).build())
                .build()) {
            impatient.getRunCalls(REQUEST);
        }
        assertEquals(2, server.received().size());
    }
}
