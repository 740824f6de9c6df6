package dev.tcgen.runtime.callpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.runtime.CallOptions;
import dev.tcgen.runtime.Credentials;
import dev.tcgen.runtime.RetryPolicy;
import dev.tcgen.runtime.TencentCloudTransportException;
import dev.tcgen.runtime.TencentCloudTransportException.Kind;
import dev.tcgen.runtime.testing.FakeTencentCloud;
import dev.tcgen.runtime.testing.FakeTencentCloud.Reply;
import dev.tcgen.runtime.testing.PingClient;
import dev.tcgen.runtime.testing.PingException;
import dev.tcgen.runtime.testing.PingRequest;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each per-call option against a local server that checks signatures, sync and async. */
@Timeout(30)
class CallOptionsTest {
    private static final PingRequest REQUEST = new PingRequest("t-1");

    private FakeTencentCloud server;

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
    void headersRegionAndLanguageReplaceTheClientsForOneCall(boolean async) {
        CallOptions options = CallOptions.builder().header("X-Trace-Id", "trace-42").region("ap-shanghai")
                .language("en-US").build();
        try (PingClient client = client(builder -> builder.region("ap-guangzhou").language("zh-CN"))) {
            call(client, options, async);
            call(client, CallOptions.none(), async);
        }
        FakeTencentCloud.Received first = server.received().get(0);
        assertEquals("trace-42", first.header("X-Trace-Id"));
        assertEquals("ap-shanghai", first.header("X-TC-Region"));
        assertEquals("en-US", first.header("X-TC-Language"));
        FakeTencentCloud.Received second = server.received().get(1);
        assertNull(second.header("X-Trace-Id"), "options apply to their call only");
        assertEquals("ap-guangzhou", second.header("X-TC-Region"));
        assertEquals("zh-CN", second.header("X-TC-Language"));
        assertEquals(0, server.rejectedForSignature());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void retryPolicyReplacesTheClientsForOneCall(boolean async) {
        server.handler((request, number) -> Reply.apiError("InternalError", "try again", request.requestId()));
        try (PingClient client = client(builder -> builder.retryPolicy(quick(4)))) {
            Throwable once = failure(() -> call(client, CallOptions.builder().retryPolicy(RetryPolicy.none()).build(), async));
            assertEquals("InternalError", assertInstanceOf(PingException.class, once).code());
            assertEquals(1, server.hits(), "RetryPolicy.none() in the options: one attempt");
            failure(() -> call(client, CallOptions.none(), async));
            assertEquals(1 + 4, server.hits(), "the client's policy for the next call");
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void timeoutBoundsTheWholeCallAcrossAttemptsAndBackoff(boolean async) {
        // Each attempt takes 150 ms and fails on the server's side; the client would try 50 times with 100 ms backoffs.
        server.handler((request, number) -> {
            sleep(150);
            return Reply.apiError("InternalError", "try again", request.requestId());
        });
        RetryPolicy patient = RetryPolicy.builder().maxAttempts(50).initialBackoff(Duration.ofMillis(100))
                .maxBackoff(Duration.ofMillis(100)).build();
        try (PingClient client = client(builder -> builder.retryPolicy(patient))) {
            long start = System.nanoTime();
            Throwable failure = failure(() -> call(client, CallOptions.builder().timeout(Duration.ofMillis(900)).build(), async));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(millis < 900 + 600, "the call ended near its timeout, not after 50 attempts: " + millis + " ms");
            assertTrue(server.hits() >= 2 && server.hits() <= 8, "several attempts, then the deadline: " + server.hits());
            // Ended either by the last error (no time for another backoff) or by the deadline during an attempt.
            assertTrue(failure instanceof PingException
                    || failure instanceof TencentCloudTransportException t && t.kind() == Kind.TIMEOUT, failure.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void timeoutEndsAnAttemptThatHangsLongBeforeTheReadTimeout(boolean async) {
        server.handler((request, number) -> Reply.hang());
        try (PingClient client = client(builder -> builder.readTimeout(Duration.ofSeconds(20)).retryPolicy(quick(3)))) {
            long start = System.nanoTime();
            Throwable failure = failure(() -> call(client, CallOptions.builder().timeout(Duration.ofMillis(400)).build(), async));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            TencentCloudTransportException e = assertInstanceOf(TencentCloudTransportException.class, failure);
            assertEquals(Kind.TIMEOUT, e.kind());
            assertTrue(e.getMessage().contains("the call's timeout of 400 ms ran out during attempt 1"), e.getMessage());
            assertTrue(millis < 400 + 1500, "ended by the call's timeout: " + millis + " ms");
            assertEquals(1, server.hits(), "no time left for another attempt");
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void timeoutBoundsTheWaitForADocumentedRate(boolean async) {
        // Ping is documented at 20 calls per second: the 21st call within a second waits for a permit.
        try (PingClient client = client(builder -> builder.retryPolicy(RetryPolicy.none()))) {
            for (int i = 0; i < 20; i++) {
                client.ping(REQUEST);
            }
            long start = System.nanoTime();
            Throwable failure = failure(() -> {
                CallOptions options = CallOptions.builder().timeout(Duration.ofMillis(200)).build();
                if (async) {
                    client.pingAsync(REQUEST, options).join();
                } else {
                    client.ping(REQUEST, options);
                }
            });
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            TencentCloudTransportException e = assertInstanceOf(TencentCloudTransportException.class, failure);
            assertEquals(Kind.TIMEOUT, e.kind());
            assertTrue(!e.requestSent(), "it never left the client");
            assertTrue(millis < 900, "ended by the call's timeout, not the rate: " + millis + " ms");
            assertEquals(20, server.hits());
            client.ping(REQUEST); // the permit granted after the timeout was given back: the limiter still works
            assertEquals(21, server.hits());
        }
    }

    @Test
    void headersTheClientSetsItselfAreRefused() {
        for (String name : new String[] {"Authorization", "host", "X-TC-Token", "X-TC-Timestamp", "Content-Type"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CallOptions.builder().header(name, "x"));
            assertTrue(e.getMessage().contains("set by the client itself"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> CallOptions.builder().header("X-Evil", "a\r\nInjected: 1"));
        assertThrows(IllegalArgumentException.class, () -> CallOptions.builder().timeout(Duration.ZERO));
    }

    private PingClient client(Function<dev.tcgen.runtime.ClientSettings.Builder<PingClient>,
            dev.tcgen.runtime.ClientSettings.Builder<PingClient>> configure) {
        return configure.apply(PingClient.builder()
                .credentials(Credentials.of(FakeTencentCloud.SECRET_ID, FakeTencentCloud.SECRET_KEY))
                .endpoint(server.endpoint())
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(5))).build();
    }

    /** A read-only action without a documented rate, so no permit waits blur the timing. */
    private static void call(PingClient client, CallOptions options, boolean async) {
        if (async) {
            client.describePingsAsync(REQUEST, options).join();
        } else {
            client.describePings(REQUEST, options);
        }
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

    private static RetryPolicy quick(int attempts) {
        return RetryPolicy.builder().maxAttempts(attempts).initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(5)).build();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
