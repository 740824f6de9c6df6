package dev.tcgen.runtime.callpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.runtime.CallInterceptor;
import dev.tcgen.runtime.ClientSettings;
import dev.tcgen.runtime.Credentials;
import dev.tcgen.runtime.RetryPolicy;
import dev.tcgen.runtime.TencentCloudSdkException;
import dev.tcgen.runtime.testing.FakeTencentCloud;
import dev.tcgen.runtime.testing.FakeTencentCloud.Reply;
import dev.tcgen.runtime.testing.PingClient;
import dev.tcgen.runtime.testing.PingRequest;
import dev.tcgen.runtime.testing.PingResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.UnaryOperator;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Interceptors against a local server that checks signatures: headers before signing, every attempt, the call. */
@Timeout(30)
class InterceptorTest {
    private static final PingRequest REQUEST = new PingRequest("t-1");

    private FakeTencentCloud server;

    /** Everything the interceptor saw, in order. */
    private final List<Object> seen = new CopyOnWriteArrayList<>();

    private final CallInterceptor recorder = new CallInterceptor() {
        @Override
        public void beforeSigning(Attempt attempt, Headers headers) {
            seen.add(attempt);
            headers.add("X-Trace-Id", "trace-" + attempt.attempt());
        }

        @Override
        public void afterAttempt(AttemptResult result) {
            seen.add(result);
        }

        @Override
        public void afterCall(CallResult result) {
            seen.add(result);
        }
    };

    @BeforeEach
    void start() throws Exception {
        server = new FakeTencentCloud(PingClient.SERVICE, PingClient.VERSION, 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void seesEveryAttemptAndTheCallAndAddsSignedHeaders(boolean async) {
        server.handler((request, number) -> number < 3
                ? Reply.apiError("RequestLimitExceeded", "slow down", request.requestId())
                : Reply.success(request.requestId()));
        PingResponse response;
        try (PingClient client = client(builder -> builder.interceptor(recorder))) {
            response = async ? client.sendPingAsync(REQUEST).join() : client.sendPing(REQUEST);
        }
        List<FakeTencentCloud.Received> received = server.received();
        assertEquals(3, received.size());
        assertEquals(0, server.rejectedForSignature());
        assertEquals(List.of("trace-1", "trace-2", "trace-3"), received.stream().map(r -> r.header("X-Trace-Id")).toList());
        assertEquals(7, seen.size(), seen.toString());
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertEquals(new CallInterceptor.Attempt("ping", "SendPing", attempt), seen.get(2 * (attempt - 1)));
            CallInterceptor.AttemptResult result = (CallInterceptor.AttemptResult) seen.get(2 * attempt - 1);
            assertEquals("SendPing", result.action());
            assertEquals(attempt, result.attempt());
            assertEquals(200, result.status());
            assertEquals(received.get(attempt - 1).requestId(), result.requestId());
            assertEquals(attempt < 3 ? "RequestLimitExceeded" : null, result.errorCode());
            assertEquals(attempt == 3, result.succeeded());
            assertFalse(result.latency().isNegative());
        }
        CallInterceptor.CallResult call = (CallInterceptor.CallResult) seen.get(6);
        assertEquals(3, call.attempts());
        assertTrue(call.succeeded());
        assertEquals(response.requestId(), call.requestId());
        assertNull(call.errorCode());
        assertTrue(call.latency().compareTo(((CallInterceptor.AttemptResult) seen.get(5)).latency()) >= 0);
    }

    @Test
    void aFailedCallIsReportedWithTheFailureTheCallerGets() {
        server.handler((request, number) -> Reply.apiError("InvalidParameter", "no", request.requestId()));
        try (PingClient client = client(builder -> builder.interceptor(recorder))) {
            CompletionException e = assertThrows(CompletionException.class, () -> client.sendPingAsync(REQUEST).join());
            CallInterceptor.CallResult call = (CallInterceptor.CallResult) seen.get(seen.size() - 1);
            assertSame(e.getCause(), call.failure());
            assertEquals("InvalidParameter", call.errorCode());
            assertEquals(1, call.attempts());
        }
    }

    @Test
    void theReadmeLatencyRecorder() {
        // As in README "Interceptors": latencies per action and outcome, e.g. to feed Micrometer or OpenTelemetry.
        Map<String, LongAdder> callsByOutcome = new ConcurrentHashMap<>();
        Map<String, LongAdder> millisByAction = new ConcurrentHashMap<>();
        CallInterceptor latencies = new CallInterceptor() {
            @Override
            public void afterCall(CallResult result) {
                callsByOutcome.computeIfAbsent(result.action() + " " + (result.succeeded() ? "ok" : result.errorCode()),
                        key -> new LongAdder()).increment();
                millisByAction.computeIfAbsent(result.action(), key -> new LongAdder()).add(result.latency().toMillis());
            }
        };
        server.handler((request, number) -> number == 2
                ? Reply.apiError("InvalidParameter", "no", request.requestId()) : Reply.success(request.requestId()));
        try (PingClient client = client(builder -> builder.interceptor(latencies))) {
            client.describePings(REQUEST);
            assertThrows(TencentCloudSdkException.class, () -> client.describePings(REQUEST));
            client.describePings(REQUEST);
        }
        assertEquals(2, callsByOutcome.get("DescribePings ok").sum());
        assertEquals(1, callsByOutcome.get("DescribePings InvalidParameter").sum());
        assertTrue(millisByAction.containsKey("DescribePings"));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anInterceptorFailingBeforeSigningFailsTheCallAndNothingIsSent(boolean async) {
        CallInterceptor broken = new CallInterceptor() {
            @Override
            public void beforeSigning(Attempt attempt, Headers headers) {
                throw new IllegalStateException("metrics registry closed");
            }
        };
        try (PingClient client = client(builder -> builder.interceptor(broken))) {
            Throwable e = failure(() -> {
                if (async) {
                    client.describePingsAsync(REQUEST, dev.tcgen.runtime.CallOptions.none()).join();
                } else {
                    client.describePings(REQUEST);
                }
            });
            TencentCloudSdkException sdk = assertInstanceOf(TencentCloudSdkException.class, e);
            assertTrue(sdk.getMessage().contains("failed before signing attempt 1"), sdk.getMessage());
            assertInstanceOf(IllegalStateException.class, sdk.getCause());
        }
        assertEquals(0, server.hits(), "not retried, not sent");
    }

    @Test
    void anInterceptorMayNotSetTheHeadersOfTheProtocol() {
        CallInterceptor forger = new CallInterceptor() {
            @Override
            public void beforeSigning(Attempt attempt, Headers headers) {
                headers.add("Authorization", "forged");
            }
        };
        try (PingClient client = client(builder -> builder.interceptor(forger))) {
            TencentCloudSdkException e = assertThrows(TencentCloudSdkException.class, () -> client.describePings(REQUEST));
            assertInstanceOf(IllegalArgumentException.class, e.getCause());
        }
        assertEquals(0, server.hits());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anInterceptorFailingAfterwardsIsLoggedAndTheCallerGetsTheRealOutcome(boolean async) {
        CallInterceptor broken = new CallInterceptor() {
            @Override
            public void afterAttempt(AttemptResult result) {
                throw new IllegalStateException("boom after attempt");
            }

            @Override
            public void afterCall(CallResult result) {
                throw new IllegalStateException("boom after call");
            }
        };
        List<LogRecord> warnings = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger wire = Logger.getLogger("dev.tcgen.runtime.wire");
        wire.addHandler(capture);
        try (PingClient client = client(builder -> builder.interceptor(broken).interceptor(recorder))) {
            PingResponse response = async ? client.createPingAsync(new dev.tcgen.runtime.testing.CreatePingRequest("t", null)).join()
                    : client.createPing(new dev.tcgen.runtime.testing.CreatePingRequest("t", null));
            assertEquals(server.received().get(0).requestId(), response.requestId());
        } finally {
            wire.removeHandler(capture);
        }
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).getMessage().contains("failed in afterAttempt of CreatePing"), warnings.get(0).getMessage());
        assertTrue(warnings.get(1).getMessage().contains("failed in afterCall of CreatePing"));
        assertEquals(3, seen.size(), "the interceptor after the broken one still ran: " + seen);
    }

    private PingClient client(UnaryOperator<ClientSettings.Builder<PingClient>> configure) {
        return configure.apply(PingClient.builder()
                .credentials(Credentials.of(FakeTencentCloud.SECRET_ID, FakeTencentCloud.SECRET_KEY))
                .endpoint(server.endpoint())
                .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1))
                        .maxBackoff(Duration.ofMillis(5)).build())
                .adaptiveRateLimit(false)).build();
    }

    private static Throwable failure(Runnable call) {
        try {
            call.run();
        } catch (CompletionException e) {
            return e.getCause();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("the call succeeded");
    }
}
