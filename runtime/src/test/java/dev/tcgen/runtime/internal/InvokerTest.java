package dev.tcgen.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tcgen.runtime.ClientConfigurationException;
import dev.tcgen.runtime.ClientSettings;
import dev.tcgen.runtime.Credentials;
import dev.tcgen.runtime.Operation;
import dev.tcgen.runtime.RetryPolicy;
import dev.tcgen.runtime.ServiceDescription;
import dev.tcgen.runtime.TencentCloudException;
import dev.tcgen.runtime.TencentCloudSdkException;
import dev.tcgen.runtime.testing.FakeTencentCloud;
import dev.tcgen.runtime.testing.FakeTencentCloud.Reply;
import dev.tcgen.runtime.testing.PingClient;
import dev.tcgen.runtime.testing.PingResponse;
import java.io.IOException;
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

    /** An action without request parameters: its writer must still write {@code {}}. */
    record NoParameters() {
        static void writeJson(JsonGenerator out, NoParameters value) throws IOException {
            out.writeStartObject();
            out.writeEndObject();
        }
    }

    /** The test service, without rate limits, answering errors with the base exception. */
    private static final ServiceDescription SERVICE = new ServiceDescription(PingClient.SERVICE, PingClient.VERSION,
            PingClient.DEFAULT_ENDPOINT, Map.of(), TencentCloudException::new);
    private static final Operation<NoParameters, PingResponse> PING = new Operation<>("Ping", PingResponse.class,
            Operation.Region.OPTIONAL, true, null, NoParameters::writeJson, PingResponse::readJson);
    private static final Operation<NoParameters, PingResponse> REGIONAL = new Operation<>("DescribeRuns", PingResponse.class,
            Operation.Region.REQUIRED, true, null, NoParameters::writeJson, PingResponse::readJson);
    /** A writer that fails as a generator does on a value it cannot write. */
    private static final Operation<NoParameters, PingResponse> UNWRITABLE = new Operation<>("Ping", PingResponse.class,
            Operation.Region.OPTIONAL, true, null, (out, value) -> {
                throw new JsonGenerationException("no value to write", out);
            }, PingResponse::readJson);

    private FakeTencentCloud server;

    @BeforeEach
    void start() throws Exception {
        server = new FakeTencentCloud(PingClient.SERVICE, PingClient.VERSION, 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void requestWithoutFieldsIsSentAsEmptyObject() {
        try (Invoker invoker = new Invoker(settings(server.endpoint(), null, RetryPolicy.none(), Clock.systemUTC()))) {
            PingResponse response = invoker.call(PING, new NoParameters());
            assertEquals(List.of(), response.echoes());
            assertEquals(server.received().get(0).requestId(), response.requestId());
            assertEquals("{}", server.received().get(0).bodyText());
        }
    }

    @Test
    void actionRequiringRegionFailsBeforeSendingWhenNoneIsSet() {
        try (Invoker invoker = new Invoker(settings(server.endpoint(), null, RetryPolicy.none(), Clock.systemUTC()))) {
            ClientConfigurationException e = assertThrows(ClientConfigurationException.class,
                    () -> invoker.call(REGIONAL, new NoParameters()));
            assertTrue(e.getMessage().contains("DescribeRuns requires a region"), e.getMessage());
            assertThrows(ClientConfigurationException.class,
                    () -> invoker.callAsync(REGIONAL, new NoParameters()));
            assertEquals(0, server.hits());
        }
        try (Invoker invoker = new Invoker(settings(server.endpoint(), "ap-guangzhou", RetryPolicy.none(), Clock.systemUTC()))) {
            invoker.call(REGIONAL, new NoParameters());
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
                : Reply.success(request.requestId()));
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1))
                .maxBackoff(Duration.ofMillis(5)).build();
        try (Invoker invoker = new Invoker(settings(server.endpoint(), null, policy, stepping))) {
            invoker.call(PING, new NoParameters());
        }
        List<FakeTencentCloud.Received> attempts = server.received();
        assertEquals(3, attempts.size());
        assertEquals(0, server.rejectedForSignature(), "every attempt's signature verified");
        assertNotEquals(attempts.get(0).header("X-TC-Timestamp"), attempts.get(1).header("X-TC-Timestamp"));
        assertNotEquals(attempts.get(1).header("X-TC-Timestamp"), attempts.get(2).header("X-TC-Timestamp"));
        assertNotEquals(attempts.get(0).header("Authorization"), attempts.get(1).header("Authorization"));
    }

    @Test
    void aRequestThatCannotBeWrittenFailsAsAnSdkExceptionBeforeSending() {
        try (Invoker invoker = new Invoker(settings(server.endpoint(), null, RetryPolicy.none(), Clock.systemUTC()))) {
            TencentCloudSdkException e = assertThrows(TencentCloudSdkException.class,
                    () -> invoker.call(UNWRITABLE, new NoParameters()));
            assertTrue(e.getMessage().startsWith("Ping: the request cannot be written as JSON"), e.getMessage());
            assertTrue(e.getMessage().endsWith("nothing was sent"), e.getMessage());
        }
        assertEquals(0, server.hits());
    }

    @Test
    void anUnexpectedExceptionFromACredentialsProviderIsWrappedNotLeaked() {
        ClientSettings settings = ClientSettings.builder(SERVICE, s -> s)
                .credentialsProvider(() -> {
                    throw new UnsupportedOperationException("vault said: key=very-secret");
                })
                .endpoint(server.endpoint())
                .retryPolicy(RetryPolicy.none())
                .build();
        try (Invoker invoker = new Invoker(settings)) {
            TencentCloudSdkException e = assertThrows(TencentCloudSdkException.class, () -> invoker.call(PING, new NoParameters()));
            assertEquals("Ping: the call failed unexpectedly (java.lang.UnsupportedOperationException)", e.getMessage());
            assertTrue(e.getCause() instanceof UnsupportedOperationException);
            java.util.concurrent.CompletionException async = assertThrows(java.util.concurrent.CompletionException.class,
                    () -> invoker.callAsync(PING, new NoParameters()).join());
            assertTrue(async.getCause() instanceof TencentCloudSdkException, async.getCause().toString());
        }
        assertEquals(0, server.hits());
    }

    @Test
    void hostHeaderNamesThePortOnlyWhenNotTheDefault() {
        assertEquals("127.0.0.1:8080", RequestSigner.hostHeader(URI.create("http://127.0.0.1:8080/")));
        assertEquals("omics.tencentcloudapi.com", RequestSigner.hostHeader(URI.create("https://omics.tencentcloudapi.com/")));
        assertEquals("omics.tencentcloudapi.com", RequestSigner.hostHeader(URI.create("https://omics.tencentcloudapi.com:443/")));
        assertEquals("example.com:443", RequestSigner.hostHeader(URI.create("http://example.com:443/")));
    }

    @Test
    void endpointMustBeHttpWithoutPath() {
        assertThrows(IllegalArgumentException.class,
                () -> new Invoker(settings(URI.create("ftp://example.com"), null, RetryPolicy.none(), Clock.systemUTC())));
        assertThrows(IllegalArgumentException.class,
                () -> new Invoker(settings(URI.create("https://example.com/api"), null, RetryPolicy.none(), Clock.systemUTC())));
    }

    private static ClientSettings settings(URI endpoint, String region, RetryPolicy policy, Clock clock) {
        return ClientSettings.builder(SERVICE, settings -> settings)
                .credentials(Credentials.of(FakeTencentCloud.SECRET_ID, FakeTencentCloud.SECRET_KEY))
                .endpoint(endpoint)
                .region(region)
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(5))
                .retryPolicy(policy)
                .clock(clock)
                .build();
    }
}
