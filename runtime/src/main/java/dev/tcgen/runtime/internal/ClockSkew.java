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
 */
final class ClockSkew {
    private static final System.Logger LOG = System.getLogger(ClockSkew.class.getName());

    private final Clock clock;

    private final AtomicLong offsetSeconds = new AtomicLong();

    ClockSkew(Clock clock) {
        this.clock = clock;
    }

    /** The timestamp to sign the next attempt with: our clock corrected by what the server told us. */
    long timestamp() {
        return clock.instant().getEpochSecond() + offsetSeconds.get();
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
        try {
            long serverTime = ZonedDateTime.parse(date.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond();
            offsetSeconds.set(serverTime - clock.instant().getEpochSecond());
        } catch (DateTimeParseException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "ignoring an unreadable Date header: " + date.get());
        }
    }
}
