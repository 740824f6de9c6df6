package dev.tcgen.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The typed accessors of datetime and date fields; the same texts as the generator's {@code LocalTimesTest}. */
class JsonValuesTimesTest {

    @Test
    void aDatetimeWithoutOffsetIsBeijingTime() {
        assertEquals(Optional.of(LocalDateTime.of(2006, 1, 2, 15, 4, 5)), JsonValues.localDateTime("2006-01-02 15:04:05"));
        OffsetDateTime read = JsonValues.dateTime("2006-01-02 15:04:05").orElseThrow();
        assertEquals(ZoneOffset.ofHours(8), read.getOffset());
        assertEquals(Instant.parse("2006-01-02T07:04:05Z"), read.toInstant());
    }

    @Test
    void anOffsetInTheTextWins() {
        assertEquals(Instant.parse("2006-01-02T15:04:05Z"), JsonValues.dateTime("2006-01-02T15:04:05Z").orElseThrow().toInstant());
        assertEquals(ZoneOffset.ofHours(-5), JsonValues.dateTime("2006-01-02 15:04:05-05:00").orElseThrow().getOffset());
        assertEquals(Optional.of(LocalDateTime.of(2006, 1, 2, 15, 4, 5)), JsonValues.localDateTime("2006-01-02T15:04:05Z"));
    }

    @Test
    void lenientForms() {
        assertEquals(Optional.of(LocalDateTime.of(2006, 1, 2, 15, 4, 5)), JsonValues.localDateTime(" 2006-1-2 15:04:05\t"));
        assertEquals(Optional.of(LocalDateTime.of(2006, 1, 2, 15, 4, 5, 500_000_000)), JsonValues.localDateTime("2006-01-02 15:04:05.5"));
        assertEquals(Optional.of(LocalDateTime.of(2006, 1, 2, 5, 4, 5, 123_456_789)),
                JsonValues.localDateTime("2006-01-02T5:04:05.123456789"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "2006-01-0215:04:05", "2006-02-30 00:00:00", "2006-01-02 24:00:00", "2006-01-02",
        "无", "2006.01.02 15:04:05", "2006-01-02 15:04:05+0800", "2006-01-02 15:04:05+19:00", "0000-00-00 00:00:00"})
    void anythingElseIsEmptyNeverAnException(String text) {
        assertEquals(Optional.empty(), JsonValues.localDateTime(text));
        assertEquals(Optional.empty(), JsonValues.dateTime(text));
    }

    @Test
    void dates() {
        assertEquals(Optional.of(LocalDate.of(2006, 1, 2)), JsonValues.date("2006-01-02"));
        assertEquals(Optional.of(LocalDate.of(2006, 1, 2)), JsonValues.date("2006-1-2 "));
        for (String bad : new String[] {"", "2006-02-30", "20060102", "2006-01-02 15:04:05", "无", "0000-00-00"}) {
            assertTrue(JsonValues.date(bad).isEmpty(), bad);
        }
        assertTrue(JsonValues.date(null).isEmpty());
        assertTrue(JsonValues.localDateTime(null).isEmpty());
        assertTrue(JsonValues.dateTime(null).isEmpty());
    }
}
