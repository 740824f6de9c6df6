package dev.tcgen.runtime.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.runtime.TencentCloudException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@code SignatureExpire} answer whose Date no real server sends (year 1, after 2100, days away) must not move
 * the client's clock: before, one such answer made every later call sign with {@code X-TC-Timestamp=-62135596800}.
 */
@Timeout(60)
class ClockBoundsTest {

    private final List<Long> timestamps = new CopyOnWriteArrayList<>();
    private boolean firstRefused;
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

    @ParameterizedTest
    @ValueSource(strings = {"Mon, 01 Jan 0001 00:00:00 GMT", "Tue, 31 Dec 2019 23:59:59 GMT", "Fri, 01 Jan 2100 00:00:00 GMT",
        "Tue, 01 Jan 2999 00:00:00 GMT"})
    void dateOutsideTheWindowIsIgnoredAndLogged(String date) throws Exception {
        long before = Instant.now().getEpochSecond();
        assertEquals(0, offsetAfterRefusal(date, Clock.systemUTC()), 120);
        assertTrue(firstRefused, "nothing learned, so the refusal stands");
        assertEquals(3, timestamps.size(), "no second attempt with a corrected clock");
        assertTrue(Math.abs(timestamps.get(2) - before) < 120, "later calls sign with our own clock: " + timestamps);
        assertTrue(watch.text().contains("WARNING") && watch.text().contains("ignoring the server's Date header " + date),
                watch.text());
    }

    @Test
    void dateMoreThanADayFromASaneLocalClockIsIgnored() throws Exception {
        String date = FaultServer.httpDate(Instant.now().plus(Duration.ofHours(25)));
        assertEquals(0, offsetAfterRefusal(date, Clock.systemUTC()), 120);
        assertTrue(firstRefused);
        assertTrue(watch.text().contains("ignoring the server's Date header"), watch.text());
    }

    @Test
    void dateWithinADayIsLearned() throws Exception {
        Instant server = Instant.now().plus(Duration.ofHours(23));
        long offset = offsetAfterRefusal(FaultServer.httpDate(server), Clock.systemUTC());
        assertTrue(Math.abs(offset - Duration.ofHours(23).toSeconds()) < 120, offset + " s");
        assertTrue(!firstRefused && timestamps.size() == 4, "refused once, then signed again with the server's time");
    }

    @Test
    void localClockOutsideTheWindowFollowsAServerInsideIt() throws Exception {
        Clock broken = Clock.fixed(Instant.parse("2001-01-01T00:00:00Z"), ZoneOffset.UTC);
        Instant server = Instant.now();
        long offset = offsetAfterRefusal(FaultServer.httpDate(server), broken);
        assertEquals(server.getEpochSecond() - broken.instant().getEpochSecond(), offset, 120);
    }

    @Test
    void unreadableDateWithControlCharactersIsLoggedEscaped() throws Exception {
        // The JDK refuses C0 controls in a header itself; C1 ones (0x9B is CSI on an 8-bit terminal) come through.
        assertEquals(0, offsetAfterRefusal("Mon\u009b2J, 01 Jan", Clock.systemUTC()), 120);
        assertTrue(firstRefused);
        assertTrue(watch.text().contains("ignoring an unreadable Date header: Mon\\u009b2J, 01 Jan"), watch.text());
    }

    /**
     * Three calls: the first refused as expired with {@code date}, the others accepted whatever their timestamp;
     * the clock offset the third call was signed with (its timestamp minus the client clock's time).
     */
    private long offsetAfterRefusal(String date, Clock clock) throws Exception {
        FaultServer.Script script = (request, socket, out) -> {
            timestamps.add(Long.parseLong(request.header("X-TC-Timestamp")));
            if (timestamps.size() == 1) {
                answer(out, "{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.SignatureExpire\",\"Message\":\"expired\"},"
                        + "\"RequestId\":\"r-expired\"}}", date);
            } else {
                answer(out, "{\"Response\":{\"RequestId\":\"r-ok\"}}", FaultServer.httpDate(Instant.now()));
            }
        };
        try (FaultServer server = new FaultServer(script);
                RunsClient client = RunsClient.builder(server.endpoint()).clock(clock).build()) {
            // A learned offset signs again at once and succeeds; an ignored one leaves the refusal as the answer.
            try {
                client.getRunCalls("run-1");
                firstRefused = false;
            } catch (TencentCloudException e) {
                watch.record(e);
                assertEquals("AuthFailure.SignatureExpire", e.code());
                firstRefused = true;
            }
            int afterFirst = server.hits();
            assertInstanceOf(RunsClient.RunsResponse.class, client.getRunCalls("run-2"));
            assertInstanceOf(RunsClient.RunsResponse.class, client.getRunCalls("run-3"));
            watch.record("case", "GetRunCalls after a SignatureExpire with Date " + date + ", " + afterFirst + " request(s)");
        }
        return timestamps.get(timestamps.size() - 1) - clock.instant().getEpochSecond();
    }

    private static void answer(OutputStream out, String json, String date) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        FaultServer.head(out, 200, "application/json", "Content-Length: " + body.length, "Date: " + date);
        out.write(body);
    }
}
