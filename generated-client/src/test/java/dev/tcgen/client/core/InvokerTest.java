package dev.tcgen.client.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.client.omics.v20221128.GetRunCallsResponse;
import dev.tcgen.client.testing.FakeTencentCloud;
import dev.tcgen.client.testing.FakeTencentCloud.Reply;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The invoker's service-independent behaviour, driven directly (the generated clients only configure it). */
@Timeout(30)
class InvokerTest {

    /** An action without request parameters: Jackson must still write {@code {}}. */
    record NoParameters() {}

    private FakeTencentCloud server;

    @BeforeEach
    void start() throws Exception {
        server = FakeTencentCloud.omics();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void requestWithoutFieldsIsSentAsEmptyObject() {
        try (Invoker invoker = new Invoker(settings(server.endpoint(), null, RetryPolicy.none(), Clock.systemUTC()))) {
            GetRunCallsResponse response = invoker.call("GetRunCalls", false, new NoParameters(), GetRunCallsResponse.class);
            assertEquals(List.of(), response.calls());
            assertEquals("{}", server.received().get(0).bodyText());
        }
    }

    @Test
    void actionRequiringRegionFailsBeforeSendingWhenNoneIsSet() {
        try (Invoker invoker = new Invoker(settings(server.endpoint(), null, RetryPolicy.none(), Clock.systemUTC()))) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> invoker.call("DescribeRuns", true, new NoParameters(), GetRunCallsResponse.class));
            assertTrue(e.getMessage().contains("DescribeRuns requires a region"), e.getMessage());
            assertThrows(IllegalStateException.class,
                    () -> invoker.callAsync("DescribeRuns", true, new NoParameters(), GetRunCallsResponse.class));
            assertEquals(0, server.hits());
        }
        try (Invoker invoker = new Invoker(settings(server.endpoint(), "ap-guangzhou", RetryPolicy.none(), Clock.systemUTC()))) {
            invoker.call("DescribeRuns", true, new NoParameters(), GetRunCallsResponse.class);
            assertEquals("ap-guangzhou", server.received().get(0).header("X-TC-Region"));
        }
    }

    @Test
    void everyRetryIsSignedAnewWithAFreshTimestamp() {
        AtomicLong now = new AtomicLong(Instant.now().getEpochSecond() - 60);
        Clock stepping = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochSecond(now.getAndAdd(20));
            }
        };
        server.handler((request, number) -> number < 3
                ? Reply.apiError("RequestLimitExceeded", "slow down", request.requestId())
                : Reply.noCalls(request.requestId()));
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1))
                .maxBackoff(Duration.ofMillis(5)).build();
        try (Invoker invoker = new Invoker(settings(server.endpoint(), null, policy, stepping))) {
            invoker.call("GetRunCalls", false, new NoParameters(), GetRunCallsResponse.class);
        }
        List<FakeTencentCloud.Received> attempts = server.received();
        assertEquals(3, attempts.size());
        assertEquals(0, server.rejectedForSignature(), "every attempt's signature verified");
        assertNotEquals(attempts.get(0).header("X-TC-Timestamp"), attempts.get(1).header("X-TC-Timestamp"));
        assertNotEquals(attempts.get(1).header("X-TC-Timestamp"), attempts.get(2).header("X-TC-Timestamp"));
        assertNotEquals(attempts.get(0).header("Authorization"), attempts.get(1).header("Authorization"));
    }

    @Test
    void hostHeaderNamesThePortOnlyWhenNotTheDefault() {
        assertEquals("127.0.0.1:8080", Invoker.hostHeader(URI.create("http://127.0.0.1:8080/")));
        assertEquals("omics.tencentcloudapi.com", Invoker.hostHeader(URI.create("https://omics.tencentcloudapi.com/")));
        assertEquals("omics.tencentcloudapi.com", Invoker.hostHeader(URI.create("https://omics.tencentcloudapi.com:443/")));
        assertEquals("example.com:443", Invoker.hostHeader(URI.create("http://example.com:443/")));
    }

    @Test
    void endpointMustBeHttpWithoutPath() {
        assertThrows(IllegalArgumentException.class,
                () -> new Invoker(settings(URI.create("ftp://example.com"), null, RetryPolicy.none(), Clock.systemUTC())));
        assertThrows(IllegalArgumentException.class,
                () -> new Invoker(settings(URI.create("https://example.com/api"), null, RetryPolicy.none(), Clock.systemUTC())));
    }

    private static Invoker.Settings settings(URI endpoint, String region, RetryPolicy policy, Clock clock) {
        return new Invoker.Settings("omics", "2022-11-28", endpoint,
                CredentialsProvider.of(Credentials.of(FakeTencentCloud.SECRET_ID, FakeTencentCloud.SECRET_KEY)),
                region, null, Duration.ofSeconds(5), Duration.ofSeconds(5), policy, Map.of(), null, clock,
                TencentCloudException::new, Invoker.DEFAULT_MAX_RESPONSE_BYTES);
    }
}
