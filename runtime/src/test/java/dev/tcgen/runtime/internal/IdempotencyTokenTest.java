package dev.tcgen.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tcgen.runtime.Credentials;
import dev.tcgen.runtime.RetryPolicy;
import dev.tcgen.runtime.testing.CreatePingRequest;
import dev.tcgen.runtime.testing.FakeTencentCloud;
import dev.tcgen.runtime.testing.FakeTencentCloud.Reply;
import dev.tcgen.runtime.testing.PingClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ClientToken filling: once per logical call, the same bytes on every attempt, the caller's own token untouched. */
@Timeout(30)
class IdempotencyTokenTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void fillsAnAbsentTopLevelTokenAndKeepsAPresentOne() throws IOException {
        JsonNode empty = JSON.readTree(IdempotencyToken.fill(bytes("{}"), "ClientToken"));
        assertEquals(1, empty.size());
        UUID.fromString(empty.get("ClientToken").asText());

        JsonNode added = JSON.readTree(IdempotencyToken.fill(bytes("{\"A\":1,\"Nested\":{\"ClientToken\":\"inner\"}}"), "ClientToken"));
        assertEquals(1, added.get("A").asInt());
        assertEquals("inner", added.get("Nested").get("ClientToken").asText(), "only the top level counts");
        assertEquals(36, added.get("ClientToken").asText().length());

        byte[] own = bytes("{\"ClientToken\":\"mine\",\"A\":[1,2]}");
        assertSame(own, IdempotencyToken.fill(own, "ClientToken"), "the caller's token is sent as it is");
        assertNotEquals(JSON.readTree(IdempotencyToken.fill(bytes("{}"), "T")).get("T"),
                JSON.readTree(IdempotencyToken.fill(bytes("{}"), "T")).get("T"), "a fresh token per call");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyAttemptOfACallSendsTheSameFilledToken(boolean async) throws Exception {
        try (FakeTencentCloud server = new FakeTencentCloud(PingClient.SERVICE, PingClient.VERSION, 0);
                PingClient client = client(server)) {
            server.handler((request, number) -> number % 3 != 0
                    ? Reply.apiError("InternalError", "try again", request.requestId())
                    : Reply.success(request.requestId()));
            call(client, new CreatePingRequest("t", null), async);
            call(client, new CreatePingRequest("t", null), async);
            List<FakeTencentCloud.Received> received = server.received();
            assertEquals(6, received.size());
            assertEquals(0, server.rejectedForSignature(), "each attempt's signature verified (InvokerTest shows each is made anew)");
            String first = token(received.get(0));
            assertTrue(first.length() <= 64 && first.chars().allMatch(c -> c < 0x80), first);
            for (int i = 1; i < 3; i++) {
                assertArrayEquals(received.get(0).body(), received.get(i).body(), "attempt " + (i + 1) + " sends the same bytes");
            }
            String second = token(received.get(3));
            assertNotEquals(first, second, "the next call gets its own token");
            assertEquals(List.of(second, second), List.of(token(received.get(4)), token(received.get(5))));
        }
    }

    @Test
    void aCallersOwnTokenIsSentUnchangedOnEveryAttempt() throws Exception {
        try (FakeTencentCloud server = new FakeTencentCloud(PingClient.SERVICE, PingClient.VERSION, 0);
                PingClient client = client(server)) {
            server.handler((request, number) -> number < 3
                    ? Reply.apiError("InternalError", "try again", request.requestId())
                    : Reply.success(request.requestId()));
            client.createPing(new CreatePingRequest("t", "order-2026-12-03-0001"));
            assertEquals(List.of("order-2026-12-03-0001", "order-2026-12-03-0001", "order-2026-12-03-0001"),
                    server.received().stream().map(IdempotencyTokenTest::token).toList());
        }
    }

    private static PingClient client(FakeTencentCloud server) {
        return PingClient.builder()
                .credentials(Credentials.of(FakeTencentCloud.SECRET_ID, FakeTencentCloud.SECRET_KEY))
                .endpoint(server.endpoint())
                .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1))
                        .maxBackoff(Duration.ofMillis(5)).build())
                .build();
    }

    private static void call(PingClient client, CreatePingRequest request, boolean async) {
        if (async) {
            client.createPingAsync(request).join();
        } else {
            client.createPing(request);
        }
    }

    private static String token(FakeTencentCloud.Received received) {
        try {
            return JSON.readTree(received.body()).get("ClientToken").asText();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
