package dev.tcgen.runtime.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tcgen.runtime.CallInterceptor;
import dev.tcgen.runtime.ClientSettings;
import dev.tcgen.runtime.Credentials;
import dev.tcgen.runtime.RetryPolicy;
import dev.tcgen.runtime.TencentCloudTransportException;
import dev.tcgen.runtime.TencentCloudTransportException.Kind;
import dev.tcgen.runtime.testing.CreatePingRequest;
import dev.tcgen.runtime.testing.FakeTencentCloud;
import dev.tcgen.runtime.testing.PingClient;
import dev.tcgen.runtime.testing.PingException;
import dev.tcgen.runtime.testing.PingRequest;
import dev.tcgen.runtime.testing.PingResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fault matrix: a client (the test service's {@link PingClient}, built as generated clients are) against servers
 * that misbehave. Every case checks the exception's type, kind and
 * message, how often the server was asked (retryable faults are retried, others not), that no thread or socket
 * outlives the closed client and server, and, with a known secret key and session token, that neither appears
 * in any output, log record or exception chain. The class timeout only guards against hangs.
 */
@Timeout(60)
class FaultMatrixTest {

    static final String SECRET_ID = "AKIDfaultMatrix00000000000001";
    static final String SECRET_KEY = "faults-SECRET-KEY-7c1e94b2d05f";
    static final String TOKEN = "faults-SECRET-TOKEN-3a9d60e1";

    private static final PingRequest REQUEST = new PingRequest("ping-1");
    private static final Function<PingClient, PingResponse> PING = client -> client.ping(REQUEST);
    private static final RetryPolicy QUICK_RETRIES = RetryPolicy.builder().maxAttempts(3)
            .initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(5)).build();
    /**
     * How long a closed client may take to let go of its threads and sockets. Usually about a second (the
     * selector's wake-up); on a loaded 2-core machine the HttpClient became garbage only after more than 15 s once,
     * so the bound is generous: it proves release, it does not time it.
     */
    private static final Duration GRACE = Duration.ofSeconds(60);
    private static final String OK_BODY = "{\"Response\":{\"Echoes\":[],\"RequestId\":\"req-ok\"}}";

    private static TestCertificate certificate;
    private SecretWatch watch;

    /** What one call did: its failure (null for success), how many requests the server read, and which. */
    private record Outcome(Throwable failure, int hits, List<FaultServer.Request> receipts) {
        TencentCloudTransportException transport() {
            return assertInstanceOf(TencentCloudTransportException.class, failure);
        }
    }

    @BeforeAll
    static void prepare(@TempDir Path directory) throws Exception {
        certificate = TestCertificate.generate(directory);
        // Before any leak snapshot: the first call loads and opens what then stays for the life of the JVM.
        try (FaultServer server = new FaultServer(FaultServer.json(OK_BODY))) {
            assertNull(call(server.endpoint(), UnaryOperator.identity()));
        }
    }

    @BeforeEach
    void watch() {
        watch = new SecretWatch();
    }

    @AfterEach
    void noSecretAnywhere() {
        watch.close();
        String text = watch.text();
        assertTrue(text.contains("Ping"), "the watch captured the case: " + text);
        assertEquals(List.of(), watch.leaks(SECRET_KEY, TOKEN), "secrets in captured output:\n" + text);
    }

    @Test
    void connectionResetMidBody() throws Exception {
        Outcome outcome = run(FaultServer.resetMidBody("{\"Response\":{\"Echoes\":[{\"Token\":", 1000), retries());
        TencentCloudTransportException e = outcome.transport();
        assertEquals(Kind.CONNECTION, e.kind());
        assertMentions(e, "Ping to http://127.0.0.1:", "the connection failed");
        assertEquals(3, outcome.hits(), "a broken connection is retried");
    }

    @Test
    void bodyThatDripsSlowerThanTheReadTimeout() throws Exception {
        Outcome outcome = run(FaultServer.drip(OK_BODY, Duration.ofMillis(40)),
                builder -> builder.retryPolicy(QUICK_RETRIES).readTimeout(Duration.ofMillis(400)));
        TencentCloudTransportException e = outcome.transport();
        assertEquals(Kind.TIMEOUT, e.kind());
        assertMentions(e, "no response within the read timeout of 400 ms");
        assertEquals(3, outcome.hits(), "a timeout is retried");
    }

    @Test
    void bodyThatDripsWithinTheReadTimeoutArrivesWhole() throws Exception {
        Outcome outcome = run(FaultServer.drip(OK_BODY, Duration.ofMillis(2)), retries());
        assertNull(outcome.failure());
        assertEquals(1, outcome.hits());
    }

    @Test
    void bodyDeclaredLongerThanTheDefaultLimit() throws Exception {
        Outcome outcome = run(FaultServer.padded(OK_BODY, ClientSettings.DEFAULT_MAX_RESPONSE_BYTES + 1L, false), retries());
        TencentCloudTransportException e = outcome.transport();
        assertEquals(Kind.RESPONSE_TOO_LARGE, e.kind());
        assertEquals(OptionalInt.of(200), e.statusCode());
        assertMentions(e, "longer than 10485760 bytes", "maxResponseBytes");
        assertEquals(1, outcome.hits(), "too large stays too large: not retried");
    }

    @Test
    void chunkedBodyThatGrowsPastTheConfiguredLimit() throws Exception {
        Outcome outcome = run(FaultServer.padded(OK_BODY, 50L * 1024 * 1024, true),
                builder -> builder.retryPolicy(QUICK_RETRIES).maxResponseBytes(4096));
        TencentCloudTransportException e = outcome.transport();
        assertEquals(Kind.RESPONSE_TOO_LARGE, e.kind());
        assertMentions(e, "longer than 4096 bytes");
        assertEquals(1, outcome.hits());
    }

    @Test
    void bodyOfExactlyTheLimitIsRead() throws Exception {
        assertNull(run(FaultServer.padded(OK_BODY, 4096, true), builder -> builder.maxResponseBytes(4096)).failure());
        assertNull(run(FaultServer.padded(OK_BODY, 4096, false), builder -> builder.maxResponseBytes(4096)).failure());
        assertEquals(Kind.RESPONSE_TOO_LARGE,
                run(FaultServer.padded(OK_BODY, 4097, true), builder -> builder.maxResponseBytes(4096)).transport().kind());
    }

    @Test
    void limitMustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PingClient.builder().maxResponseBytes(0));
        assertMentions(e, "maxResponseBytes must be positive, not 0");
        watch.record(e);
        watch.record("case", "Ping with maxResponseBytes(0)");
    }

    @Test
    void invalidUtf8InTheJson() throws Exception {
        Outcome outcome = run(FaultServer.reply(200, "application/json", bytes("{\"Response\":{\"RequestId\":\"", 0xC3, 0x28, "\"}}")),
                retries());
        TencentCloudTransportException e = outcome.transport();
        assertEquals(Kind.MALFORMED_RESPONSE, e.kind());
        assertMentions(e, "HTTP 200 but the body is not valid UTF-8 (an incomplete sequence at byte 26)");
        assertEquals(1, outcome.hits(), "a malformed answer is not retried");
    }

    @Test
    void invalidUtf8InAnErrorPage() throws Exception {
        Outcome outcome = run(FaultServer.reply(502, "text/html", bytes("<html>", 0xFF, 0xFE, "</html>")), noRetries());
        TencentCloudTransportException e = outcome.transport();
        assertEquals(Kind.HTTP_STATUS, e.kind());
        assertMentions(e, "HTTP 502, body: <html>\uFFFD\uFFFD</html>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"Echoes\":[]}", "[]", "null", "\"Response\"", "{\"Response\":\"busy\"}", "{\"Response\":null}", ""})
    void jsonWithoutAResponseObject(String body) throws Exception {
        Outcome outcome = run(FaultServer.json(body), retries());
        TencentCloudTransportException e = outcome.transport();
        assertEquals(Kind.MALFORMED_RESPONSE, e.kind());
        assertMentions(e, "HTTP 200 but the body has no \"Response\" object");
        assertEquals(1, outcome.hits());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"Message\":\"went wrong\"}", "{\"Code\":null,\"Message\":\"went wrong\"}",
            "{\"Code\":\"\",\"Message\":\"went wrong\"}", "\"went wrong\"", "{}"})
    void errorWithoutACode(String error) throws Exception {
        Outcome outcome = run(FaultServer.json("{\"Response\":{\"Error\":" + error + ",\"RequestId\":\"req-1\"}}"), retries());
        TencentCloudTransportException e = outcome.transport();
        assertEquals(Kind.MALFORMED_RESPONSE, e.kind());
        assertMentions(e, "HTTP 200 but Response.Error has no Code", "req-1");
        assertEquals(1, outcome.hits());
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 500, 502, 503, 504})
    void statusesThatAreRetried(int status) throws Exception {
        Outcome outcome = run(FaultServer.reply(status, "text/plain", ("status " + status).getBytes(StandardCharsets.UTF_8)), retries());
        TencentCloudTransportException e = outcome.transport();
        assertEquals(Kind.HTTP_STATUS, e.kind());
        assertEquals(OptionalInt.of(status), e.statusCode());
        assertMentions(e, "HTTP " + status + ", body: status " + status);
        assertEquals(3, outcome.hits(), "HTTP " + status + " is retried up to maxAttempts");
    }

    @Test
    void statusThatIsNotRetried() throws Exception {
        Outcome outcome = run(FaultServer.reply(404, "text/plain", "no such path".getBytes(StandardCharsets.UTF_8)), retries());
        assertEquals(OptionalInt.of(404), outcome.transport().statusCode());
        assertEquals(1, outcome.hits());
    }

    @Test
    void refusedConnection() throws Exception {
        URI nobody = URI.create("http://127.0.0.1:" + FakeTencentCloud.closedPort());
        TencentCloudTransportException e = assertInstanceOf(TencentCloudTransportException.class,
                withoutServer(nobody, retries()));
        assertEquals(Kind.CONNECTION, e.kind());
        assertEquals(OptionalInt.empty(), e.statusCode());
        assertMentions(e, "Ping to " + nobody + "/: could not connect");
    }

    @Test
    void unknownHost() throws Exception {
        // The .invalid top-level domain never resolves (RFC 2606): no real host is contacted.
        URI nowhere = URI.create("https://ping.tcgen-faults.invalid");
        TencentCloudTransportException e = assertInstanceOf(TencentCloudTransportException.class,
                withoutServer(nowhere, retries()));
        assertEquals(Kind.CONNECTION, e.kind());
        assertMentions(e, "could not resolve the host ping.tcgen-faults.invalid");
    }

    @Test
    void tlsEndpointWithAnUntrustedCertificateIsRefusedByDefault() throws Exception {
        TencentCloudTransportException e = assertInstanceOf(TencentCloudTransportException.class,
                overTls(UnaryOperator.identity()));
        assertEquals(Kind.CONNECTION, e.kind());
        assertMentions(e, "Ping to https://127.0.0.1:", "the TLS handshake failed", "certificate");
    }

    @Test
    void sameTlsEndpointWorksForAClientThatTrustsItsCertificate() throws Exception {
        SSLContext trusting = certificate.trustingContext();
        assertNull(overTls(builder -> builder.httpClient(HttpClient.newBuilder().sslContext(trusting).build())),
                "control: the server itself is sound, only trust was missing");
    }

    // ---- carried out, but the answer never came: what each kind of action does ----

    /** The three kinds of action the retry rules tell apart, as the test service has them. */
    enum ActionKind {
        READ_ONLY(client -> client.describePings(REQUEST), 3),
        TOKEN(client -> client.createPing(new CreatePingRequest("ping-1", null)), 3),
        NEITHER(client -> client.sendPing(REQUEST), 1);

        final Function<PingClient, PingResponse> call;
        final int receiptsWhenOutcomeUnknown;

        ActionKind(Function<PingClient, PingResponse> call, int receiptsWhenOutcomeUnknown) {
            this.call = call;
            this.receiptsWhenOutcomeUnknown = receiptsWhenOutcomeUnknown;
        }
    }

    @ParameterizedTest
    @EnumSource(ActionKind.class)
    void carriedOutButTheAnswerTimedOut(ActionKind kind) throws Exception {
        Outcome outcome = run(FaultServer.carriedOutThenSilent(Duration.ofSeconds(3)),
                builder -> builder.retryPolicy(QUICK_RETRIES).readTimeout(Duration.ofMillis(300)), kind.call);
        TencentCloudTransportException e = outcome.transport();
        assertEquals(Kind.TIMEOUT, e.kind());
        assertTrue(e.requestSent(), "a timeout after sending leaves the outcome unknown");
        assertEquals(kind.receiptsWhenOutcomeUnknown, outcome.hits(), kind + ": receipts on the server");
        assertSameTokenOnEveryReceipt(kind, outcome);
    }

    @ParameterizedTest
    @EnumSource(ActionKind.class)
    void carriedOutThenTheConnectionWasReset(ActionKind kind) throws Exception {
        // java.net.http retries a POST on its own only with jdk.httpclient.enableAllMethodRetry: it must not here.
        Outcome outcome = run(FaultServer.carriedOutThenReset(), retries(), kind.call);
        TencentCloudTransportException e = outcome.transport();
        assertEquals(Kind.CONNECTION, e.kind());
        assertTrue(e.requestSent());
        assertEquals(kind.receiptsWhenOutcomeUnknown, outcome.hits(), kind + ": receipts on the server");
        assertSameTokenOnEveryReceipt(kind, outcome);
    }

    @ParameterizedTest
    @EnumSource(ActionKind.class)
    void badGatewayLeavesTheOutcomeUnknown(ActionKind kind) throws Exception {
        Outcome outcome = run(FaultServer.reply(502, "text/plain", "bad gateway".getBytes(StandardCharsets.UTF_8)),
                retries(), kind.call);
        assertEquals(OptionalInt.of(502), outcome.transport().statusCode());
        assertEquals(kind.receiptsWhenOutcomeUnknown, outcome.hits(), kind + ": receipts on the server");
    }

    @ParameterizedTest
    @EnumSource(ActionKind.class)
    void throttledIsRetriedForEveryKind(ActionKind kind) throws Exception {
        Outcome outcome = run(FaultServer.json("{\"Response\":{\"Error\":{\"Code\":\"RequestLimitExceeded\","
                + "\"Message\":\"too many\"},\"RequestId\":\"req-throttled\"}}"), retries(), kind.call);
        assertEquals("RequestLimitExceeded", assertInstanceOf(PingException.class, outcome.failure()).code());
        assertEquals(3, outcome.hits(), kind + ": a throttled request was not carried out, so it is repeated");
        assertSameTokenOnEveryReceipt(kind, outcome);
    }

    @Test
    void refusedConnectionIsNotSentAndRetriedEvenForAnUnsafeAction() throws Exception {
        URI nobody = URI.create("http://127.0.0.1:" + FakeTencentCloud.closedPort());
        AtomicInteger attempts = new AtomicInteger();
        TencentCloudTransportException e = assertInstanceOf(TencentCloudTransportException.class,
                withoutServer(nobody, builder -> builder.retryPolicy(QUICK_RETRIES).interceptor(new CallInterceptor() {
                    @Override
                    public void afterAttempt(AttemptResult result) {
                        attempts.incrementAndGet();
                    }
                }), ActionKind.NEITHER.call));
        assertEquals(Kind.CONNECTION, e.kind());
        assertFalse(e.requestSent(), "nothing left the client");
        assertEquals(3, attempts.get(), "never sent, so safe to repeat");
    }

    private static void assertSameTokenOnEveryReceipt(ActionKind kind, Outcome outcome) {
        List<String> tokens = outcome.receipts().stream().map(receipt -> clientToken(receipt.bodyText())).toList();
        if (kind != ActionKind.TOKEN) {
            assertTrue(tokens.stream().allMatch(token -> token == null), "no token for " + kind + ": " + tokens);
            return;
        }
        String first = tokens.get(0);
        assertTrue(first != null && first.length() <= 64 && first.chars().allMatch(c -> c < 0x80), "a filled token: " + first);
        assertEquals(List.of(first, first, first), tokens, "one token for every attempt of the call");
    }

    private static String clientToken(String body) {
        try {
            JsonNode token = new ObjectMapper().readTree(body).get("ClientToken");
            return token == null ? null : token.asText();
        } catch (IOException e) {
            throw new AssertionError("the request body is JSON: " + body, e);
        }
    }

    // ---- harness ----

    /** One call through a fresh client against a fresh fault server; both are closed, then checked for leaks. */
    private Outcome run(FaultServer.Script script, UnaryOperator<ClientSettings.Builder<PingClient>> configure) throws Exception {
        return run(script, configure, PING);
    }

    /** {@link #run(FaultServer.Script, UnaryOperator)} calling {@code action} instead of Ping. */
    private Outcome run(FaultServer.Script script, UnaryOperator<ClientSettings.Builder<PingClient>> configure,
            Function<PingClient, PingResponse> action) throws Exception {
        Leaks.Snapshot before = Leaks.snapshot();
        Throwable failure;
        List<FaultServer.Request> receipts;
        try (FaultServer server = new FaultServer(script)) {
            failure = call(server.endpoint(), configure, action);
            receipts = server.received();
        }
        Leaks.assertReleasedSince(before, GRACE);
        record(failure);
        return new Outcome(failure, receipts.size(), receipts);
    }

    private Throwable withoutServer(URI endpoint, UnaryOperator<ClientSettings.Builder<PingClient>> configure) throws Exception {
        return withoutServer(endpoint, configure, PING);
    }

    private Throwable withoutServer(URI endpoint, UnaryOperator<ClientSettings.Builder<PingClient>> configure,
            Function<PingClient, PingResponse> action) throws Exception {
        Leaks.Snapshot before = Leaks.snapshot();
        Throwable failure = call(endpoint, configure, action);
        Leaks.assertReleasedSince(before, GRACE);
        record(failure);
        return failure;
    }

    private Throwable overTls(UnaryOperator<ClientSettings.Builder<PingClient>> configure) throws Exception {
        Leaks.Snapshot before = Leaks.snapshot();
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setHttpsConfigurator(new HttpsConfigurator(certificate.serverContext()));
        ExecutorService executor = Executors.newFixedThreadPool(2);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                byte[] body = OK_BODY.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
        Throwable failure;
        try {
            failure = call(URI.create("https://127.0.0.1:" + server.getAddress().getPort()), configure);
        } finally {
            server.stop(0);
            executor.shutdownNow();
        }
        Leaks.assertReleasedSince(before, GRACE);
        record(failure);
        return failure;
    }

    /** Kept apart from the leak check so that no stack slot of the caller still holds the client. */
    private static Throwable call(URI endpoint, UnaryOperator<ClientSettings.Builder<PingClient>> configure) {
        return call(endpoint, configure, PING);
    }

    private static Throwable call(URI endpoint, UnaryOperator<ClientSettings.Builder<PingClient>> configure,
            Function<PingClient, PingResponse> action) {
        ClientSettings.Builder<PingClient> builder = PingClient.builder()
                .credentials(Credentials.of(SECRET_ID, SECRET_KEY, TOKEN))
                .endpoint(endpoint)
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(10));
        try (PingClient client = configure.apply(builder).build()) {
            PingResponse response = action.apply(client);
            assertEquals("req-ok", response.requestId());
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private void record(Throwable failure) {
        if (failure == null) {
            watch.record("outcome", "Ping succeeded");
        } else {
            watch.record(failure);
        }
    }

    private static UnaryOperator<ClientSettings.Builder<PingClient>> retries() {
        return builder -> builder.retryPolicy(QUICK_RETRIES);
    }

    private static UnaryOperator<ClientSettings.Builder<PingClient>> noRetries() {
        return builder -> builder.retryPolicy(RetryPolicy.none());
    }

    /** Text and raw byte values, concatenated. */
    private static byte[] bytes(Object... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String text) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    private static void assertMentions(Exception e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + part + "' missing from: " + e.getMessage());
        }
    }
}
