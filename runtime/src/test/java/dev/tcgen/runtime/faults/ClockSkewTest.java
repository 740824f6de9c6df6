package dev.tcgen.runtime.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.runtime.Credentials;
import dev.tcgen.runtime.RetryPolicy;
import dev.tcgen.runtime.testing.PingClient;
import dev.tcgen.runtime.testing.PingException;
import dev.tcgen.runtime.testing.PingRequest;
import dev.tcgen.runtime.testing.PingResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A server whose clock is ten minutes off refuses our timestamps with {@code AuthFailure.SignatureExpire} and
 * says its time in the Date header. The client takes its offset from there, signs again at once (whatever the
 * retry policy) and later calls carry the server's time from the start.
 */
@Timeout(60)
class ClockSkewTest {

    private static final PingRequest REQUEST = new PingRequest("ping-1");
    private static final Pattern CREDENTIAL_DATE = Pattern.compile("Credential=[^/]+/(\\d{4}-\\d{2}-\\d{2})/"
            + PingClient.SERVICE + "/tc3_request");
    private static final long ALLOWED_SKEW_SECONDS = 300;

    /** What the server made of each request: the timestamp's distance from its clock, and whether it accepted. */
    private record Seen(long offBySeconds, boolean accepted) {}

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private SecretWatch watch;

    @BeforeEach
    void watch() {
        watch = new SecretWatch();
    }

    @AfterEach
    void noSecretAnywhere() {
        watch.close();
        assertEquals(List.of(), watch.leaks(FaultMatrixTest.SECRET_KEY, FaultMatrixTest.TOKEN), watch.text());
    }

    @Test
    void serverTenMinutesAheadIsFollowedAfterOneRefusal() throws Exception {
        try (FaultServer server = new FaultServer(skewedServer(Duration.ofMinutes(10), true));
                PingClient client = client(server, RetryPolicy.none())) {
            assertEquals("req-ok", client.ping(REQUEST).requestId());
            assertEquals(2, server.hits(), "refused once, accepted when signed again with the server's time");
            assertTrue(Math.abs(seen.get(0).offBySeconds() + 600) <= 2, "first request carried our own time: " + seen);
            for (int i = 0; i < 3; i++) {
                client.ping(REQUEST);
            }
            assertEquals(5, server.hits(), "later calls need no retry");
            assertTrue(seen.subList(1, 5).stream().allMatch(Seen::accepted), seen.toString());
        }
        assertTrue(watch.text().contains("signing again with its time"), "the correction is logged (debug)");
    }

    @Test
    void serverTenMinutesBehindIsFollowedToo() throws Exception {
        try (FaultServer server = new FaultServer(skewedServer(Duration.ofMinutes(-10), true));
                PingClient client = client(server, RetryPolicy.defaults())) {
            client.ping(REQUEST);
            client.ping(REQUEST);
            assertEquals(3, server.hits());
        }
    }

    @Test
    void concurrentCallsAllSucceedWithAtMostOneRefusalEach() throws Exception {
        try (FaultServer server = new FaultServer(skewedServer(Duration.ofMinutes(10), true));
                PingClient client = client(server, RetryPolicy.none())) {
            List<CompletableFuture<PingResponse>> calls = IntStream.range(0, 16)
                    .mapToObj(i -> client.pingAsync(REQUEST)).toList();
            for (CompletableFuture<PingResponse> call : calls) {
                assertEquals("req-ok", call.join().requestId());
            }
            assertTrue(server.hits() <= 32, server.hits() + " requests for 16 calls");
            int before = server.hits();
            client.ping(REQUEST);
            assertEquals(before + 1, server.hits());
        }
    }

    @Test
    void refusalWithoutDateIsFinal() throws Exception {
        try (FaultServer server = new FaultServer(skewedServer(Duration.ofMinutes(10), false));
                PingClient client = client(server, RetryPolicy.defaults())) {
            PingException e = assertThrows(PingException.class, () -> client.ping(REQUEST));
            assertEquals("AuthFailure.SignatureExpire", e.code());
            assertEquals(1, server.hits(), "without the server's time there is nothing to correct");
            watch.record(e);
        }
    }

    @Test
    void serverThatAlwaysRefusesIsAskedTwicePerCall() throws Exception {
        FaultServer.Script alwaysExpired = (request, socket, out) -> expired(out, Instant.now().plus(Duration.ofHours(1)), true);
        try (FaultServer server = new FaultServer(alwaysExpired); PingClient client = client(server, RetryPolicy.defaults())) {
            assertThrows(PingException.class, () -> client.ping(REQUEST));
            assertEquals(2, server.hits(), "one correction per call, no loop");
        }
    }

    /** Checks timestamps against its own clock, {@code skew} away from ours, as Tencent Cloud does (5 minutes). */
    private FaultServer.Script skewedServer(Duration skew, boolean sendsDate) {
        return (request, socket, out) -> {
            Instant now = Instant.now().plus(skew);
            long timestamp = Long.parseLong(request.header("X-TC-Timestamp"));
            long offBy = timestamp - now.getEpochSecond();
            boolean accepted = Math.abs(offBy) <= ALLOWED_SKEW_SECONDS;
            seen.add(new Seen(offBy, accepted));
            Matcher credential = CREDENTIAL_DATE.matcher(request.header("Authorization"));
            assertTrue(credential.find(), request.header("Authorization"));
            assertEquals(LocalDate.ofInstant(Instant.ofEpochSecond(timestamp), ZoneOffset.UTC).toString(), credential.group(1),
                    "signed for the date of the timestamp sent");
            if (!accepted) {
                expired(out, now, sendsDate);
                return;
            }
            byte[] body = "{\"Response\":{\"Echoes\":[],\"RequestId\":\"req-ok\"}}".getBytes(StandardCharsets.UTF_8);
            FaultServer.head(out, 200, "application/json", "Content-Length: " + body.length, "Date: " + FaultServer.httpDate(now));
            out.write(body);
        };
    }

    private static void expired(java.io.OutputStream out, Instant now, boolean sendsDate) throws java.io.IOException {
        byte[] body = ("{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.SignatureExpire\",\"Message\":\"Signature expired."
                + " Timestamp and server time cannot differ by more than five minutes.\"},\"RequestId\":\"req-expired\"}}")
                .getBytes(StandardCharsets.UTF_8);
        FaultServer.head(out, 200, "application/json", "Content-Length: " + body.length,
                sendsDate ? new String[] {"Date: " + FaultServer.httpDate(now)} : new String[0]);
        out.write(body);
    }

    private static PingClient client(FaultServer server, RetryPolicy retries) {
        return PingClient.builder()
                .credentials(Credentials.of(FaultMatrixTest.SECRET_ID, FaultMatrixTest.SECRET_KEY, FaultMatrixTest.TOKEN))
                .endpoint(server.endpoint())
                .retryPolicy(retries)
                .readTimeout(Duration.ofSeconds(10))
                .build();
    }
}
