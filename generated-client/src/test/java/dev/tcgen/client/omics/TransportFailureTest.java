package dev.tcgen.client.omics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.client.core.Credentials;
import dev.tcgen.client.core.RetryPolicy;
import dev.tcgen.client.core.TencentCloudTransportException;
import dev.tcgen.client.core.TencentCloudTransportException.Kind;
import dev.tcgen.client.omics.v20221128.GetRunCallsRequest;
import dev.tcgen.client.omics.v20221128.OmicsClient;
import dev.tcgen.client.testing.OmicsSpec;
import dev.tcgen.runtime.testing.FakeTencentCloud;
import dev.tcgen.runtime.testing.FakeTencentCloud.Reply;
import java.net.URI;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Answers that are not API answers: each gives a TencentCloudTransportException of the right kind whose
 * message says what happened and where. The class timeout guards against hangs; no duration is asserted.
 */
@Timeout(30)
class TransportFailureTest {

    private static final GetRunCallsRequest REQUEST = GetRunCallsRequest.builder().runUuid("u").path("/").build();

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
    void badGatewayWithHtmlBody() {
        server.handler((request, number) -> Reply.status(502, "text/html",
                "<html>\n<head><title>502 Bad Gateway</title></head>\n<body><h1>Bad Gateway</h1></body>\n</html>\n"));
        TencentCloudTransportException e = fail(server.endpoint());
        assertEquals(Kind.HTTP_STATUS, e.kind());
        assertEquals(OptionalInt.of(502), e.statusCode());
        assertMentions(e, "HTTP 502", "<title>502 Bad Gateway</title>", server.endpoint().toString(), "GetRunCalls");
    }

    @Test
    void longBodiesAreShortenedInTheMessage() {
        server.handler((request, number) -> Reply.status(503, "text/plain", "x".repeat(100_000)));
        TencentCloudTransportException e = fail(server.endpoint());
        assertTrue(e.getMessage().length() < 500, e.getMessage().length() + " characters");
        assertMentions(e, "HTTP 503", "xxxx...");
    }

    @Test
    void truncatedJson() {
        server.handler((request, number) -> Reply.json("{\"Response\": {\"Calls\": [{\"CallName\": \"sub_wo"));
        TencentCloudTransportException e = fail(server.endpoint());
        assertEquals(Kind.MALFORMED_RESPONSE, e.kind());
        assertMentions(e, "not valid JSON or was cut short", "sub_wo", server.endpoint().toString());
    }

    @Test
    void htmlWithStatus200() {
        server.handler((request, number) -> Reply.status(200, "text/html", "<html>maintenance</html>"));
        TencentCloudTransportException e = fail(server.endpoint());
        assertEquals(Kind.MALFORMED_RESPONSE, e.kind());
        assertMentions(e, "<html>maintenance</html>");
    }

    @Test
    void jsonWithoutResponseEnvelope() {
        server.handler((request, number) -> Reply.json("{\"Calls\": []}"));
        TencentCloudTransportException e = fail(server.endpoint());
        assertEquals(Kind.MALFORMED_RESPONSE, e.kind());
        assertMentions(e, "no \"Response\" object");
    }

    @Test
    void serverThatNeverAnswersTimesOut() {
        server.handler((request, number) -> Reply.hang());
        TencentCloudTransportException e = fail(server.endpoint(), Duration.ofMillis(300));
        assertEquals(Kind.TIMEOUT, e.kind());
        assertMentions(e, "read timeout of 300 ms", server.endpoint().toString());
    }

    @Test
    void bodyThatStallsTimesOut() {
        server.handler((request, number) -> Reply.cutShort("{\"Response\": {", 1000, true));
        TencentCloudTransportException e = fail(server.endpoint(), Duration.ofMillis(300));
        assertEquals(Kind.TIMEOUT, e.kind());
    }

    @Test
    void connectionDroppedMidBody() {
        server.handler((request, number) -> Reply.cutShort("{\"Response\": {", 1000, false));
        TencentCloudTransportException e = fail(server.endpoint());
        assertEquals(Kind.CONNECTION, e.kind());
        assertMentions(e, "connection failed", server.endpoint().toString());
    }

    @Test
    void closedPort() throws Exception {
        URI nobody = URI.create("http://127.0.0.1:" + FakeTencentCloud.closedPort());
        TencentCloudTransportException e = fail(nobody);
        assertEquals(Kind.CONNECTION, e.kind());
        assertEquals(OptionalInt.empty(), e.statusCode());
        assertMentions(e, "could not connect", nobody.toString());
    }

    @Test
    void asyncFailsWithTheSameException() {
        server.handler((request, number) -> Reply.status(502, "text/html", "<html>bad gateway</html>"));
        try (OmicsClient client = client(server.endpoint(), Duration.ofSeconds(10))) {
            CompletionException e = assertThrows(CompletionException.class, () -> client.getRunCallsAsync(REQUEST).join());
            TencentCloudTransportException cause = (TencentCloudTransportException) e.getCause();
            assertEquals(Kind.HTTP_STATUS, cause.kind());
        }
    }

    @Test
    void asyncBodyThatStallsTimesOut() {
        server.handler((request, number) -> Reply.cutShort("{\"Response\": {", 1000, true));
        try (OmicsClient client = client(server.endpoint(), Duration.ofMillis(300))) {
            CompletionException e = assertThrows(CompletionException.class, () -> client.getRunCallsAsync(REQUEST).join());
            TencentCloudTransportException cause = (TencentCloudTransportException) e.getCause();
            assertEquals(Kind.TIMEOUT, cause.kind());
            assertMentions(cause, "read timeout of 300 ms");
        }
    }

    @Test
    void interruptedCallerGetsInterruptedAndKeepsItsInterrupt() throws Exception {
        server.handler((request, number) -> Reply.hang());
        try (OmicsClient client = client(server.endpoint(), Duration.ofSeconds(20))) {
            Interrupted interrupted = interruptCaller(client, 200);
            TencentCloudTransportException e = assertInstanceOf(TencentCloudTransportException.class, interrupted.failure());
            assertEquals(Kind.INTERRUPTED, e.kind());
            assertMentions(e, "interrupted", server.endpoint().toString());
            assertTrue(interrupted.flagKept(), "the caller's interrupt flag was cleared");
        }
    }

    @Test
    void callerInterruptedWhileTheBodyStallsGivesUpTheBody() throws Exception {
        server.handler((request, number) -> number == 1 ? Reply.cutShort("{\"Response\": {", 1000, true) : Reply.success("r-2"));
        try (OmicsClient client = client(server.endpoint(), Duration.ofSeconds(20))) {
            Interrupted interrupted = interruptCaller(client, 300);
            TencentCloudTransportException e = assertInstanceOf(TencentCloudTransportException.class, interrupted.failure());
            assertEquals(Kind.INTERRUPTED, e.kind());
            assertTrue(interrupted.flagKept(), "the caller's interrupt flag was cleared");
            // the abandoned body's connection is not handed to the next call
            assertEquals("r-2", client.getRunCalls(REQUEST).requestId());
        }
    }

    private static TencentCloudTransportException fail(URI endpoint) {
        return fail(endpoint, Duration.ofSeconds(10));
    }

    private static TencentCloudTransportException fail(URI endpoint, Duration readTimeout) {
        try (OmicsClient client = client(endpoint, readTimeout)) {
            return assertThrows(TencentCloudTransportException.class, () -> client.getRunCalls(REQUEST));
        }
    }

    private static OmicsClient client(URI endpoint, Duration readTimeout) {
        return OmicsClient.builder()
                .credentials(Credentials.of(FakeTencentCloud.SECRET_ID, FakeTencentCloud.SECRET_KEY))
                .endpoint(endpoint)
                .retryPolicy(RetryPolicy.none())
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(readTimeout)
                .build();
    }

    private static void assertMentions(Exception e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + part + "' missing from: " + e.getMessage());
        }
    }

    /** What a caller interrupted {@code afterMillis} into a call saw: its failure, and whether its flag stayed set. */
    private record Interrupted(Throwable failure, boolean flagKept) {}

    private static Interrupted interruptCaller(OmicsClient client, long afterMillis) throws Exception {
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        CompletableFuture<Boolean> stillInterrupted = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            try {
                client.getRunCalls(REQUEST);
                failure.complete(null);
            } catch (RuntimeException e) {
                failure.complete(e);
            }
            stillInterrupted.complete(Thread.currentThread().isInterrupted());
        });
        caller.start();
        Thread.sleep(afterMillis);
        caller.interrupt();
        return new Interrupted(failure.get(), stillInterrupted.get());
    }
}
