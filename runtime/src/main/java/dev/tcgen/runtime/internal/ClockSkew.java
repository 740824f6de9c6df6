package dev.tcgen.runtime.internal;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server's clock minus ours, in seconds, added to every request timestamp; learned from the {@code Date}
 * header of an {@code AuthFailure.SignatureExpire} answer, since the server refuses timestamps five minutes off.
 * A Date outside 2020-01-01..2100-01-01, or more than a day from our clock, is not learned (and logged as a
 * WARNING): no real server is that far off, and one such answer would make every later call sign with a
 * timestamp the API refuses. Only when our own clock is outside that window is a far-off server trusted, within it.
 */
final class ClockSkew {
    private static final System.Logger LOG = System.getLogger(ClockSkew.class.getName());

    /** 2020-01-01T00:00:00Z: no server that runs the TC3 API today has a clock before it. */
    static final long EARLIEST_SERVER_TIME = 1_577_836_800L;

    /** 2100-01-01T00:00:00Z. */
    static final long LATEST_SERVER_TIME = 4_102_444_800L;

    /** The most a server's clock may differ from a sane local clock. */
    static final long MAX_OFFSET_SECONDS = 24 * 60 * 60;

    private final Clock clock;

    private final AtomicLong offsetSeconds = new AtomicLong();

    ClockSkew(Clock clock) {
        this.clock = clock;
    }

    /** The timestamp to sign the next attempt with: our clock corrected by what the server told us. */
    long timestamp() {
        // millis() rather than instant(): the system clock answers it without making an Instant
        return Math.floorDiv(clock.millis(), 1000L) + offsetSeconds.get();
    }

    long offsetSeconds() {
        return offsetSeconds.get();
    }

    /** Takes the server's clock from {@code headers}; an absent or unreadable Date changes nothing. */
    void learnFrom(HttpHeaders headers) {
        Optional<String> date = headers.firstValue("Date");
        if (date.isEmpty()) {
            return;
        }
        long serverTime;
        try {
            serverTime = ZonedDateTime.parse(date.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond();
        } catch (DateTimeParseException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "ignoring an unreadable Date header: " + ServerText.printable(date.get()));
            return;
        }
        long localTime = clock.instant().getEpochSecond();
        long offset = serverTime - localTime;
        if (!withinWindow(serverTime) || (withinWindow(localTime) && Math.abs(offset) > MAX_OFFSET_SECONDS)) {
            LOG.log(System.Logger.Level.WARNING, () -> "ignoring the server's Date header " + ServerText.printable(date.get())
                    + ": it is " + offset + " s from the local clock, outside what a real server sends"
                    + " (2020-01-01 to 2100-01-01, within a day of a sane local clock); the clock offset stays "
                    + offsetSeconds.get() + " s");
            return;
        }
        offsetSeconds.set(offset);
    }

    private static boolean withinWindow(long epochSecond) {
        return epochSecond >= EARLIEST_SERVER_TIME && epochSecond < LATEST_SERVER_TIME;
    }
}
