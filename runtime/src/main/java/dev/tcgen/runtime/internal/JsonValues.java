package dev.tcgen.runtime.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed views of the string fields that hold timestamps, dates and JSON text; lenient by design.
 */
public final class JsonValues {
    /**
     * The offset of a {@code datetime} text that gives none: Tencent's servers write local Beijing time, UTC+8
     * (their documents say so where they name a zone: Beijing time, UTC+8, GMT+8:00).
     */
    public static final ZoneOffset SERVER_OFFSET = ZoneOffset.ofHours(8);

    /** {@code 2006-01-02 15:04:05}, also with {@code T}, one-digit fields, a fraction and an offset; as the generator checks. */
    private static final Pattern DATETIME = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})[ T](\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private JsonValues() {
    }

    /**
     * {@code text} as an ISO-8601 date-time with offset; empty when null, blank or malformed.
     *
     * @param text the text, or null
     * @return the date-time, if the text is one
     */
    public static Optional<OffsetDateTime> timestamp(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code text} parsed as JSON; empty when null, blank or not valid JSON.
     *
     * @param text the text, or null
     * @return the JSON tree, if the text is JSON
     */
    public static Optional<JsonNode> json(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JsonTrees.MAPPER.readTree(text));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code text} as a date and time as written ({@code 2006-01-02 15:04:05}; an offset in the text is left out);
     * empty when null, blank or not a real date and time.
     *
     * @param text the text, or null
     * @return the date and time, if the text is one
     */
    public static Optional<LocalDateTime> localDateTime(String text) {
        Matcher m = text == null ? null : DATETIME.matcher(text.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        try {
            String fraction = m.group(7) == null ? "0" : (m.group(7) + "00000000").substring(0, 9);
            if (m.group(8) != null) {
                ZoneOffset.of(m.group(8)); // an offset out of range makes the whole text unreadable
            }
            return Optional.of(LocalDateTime.of(number(m, 1), number(m, 2), number(m, 3), number(m, 4), number(m, 5),
                    number(m, 6), Integer.parseInt(fraction)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code text} as a date-time with offset: the text's own offset when it has one, else {@link #SERVER_OFFSET};
     * empty when null, blank or not a real date and time.
     *
     * @param text the text, or null
     * @return the date-time, if the text is one
     */
    public static Optional<OffsetDateTime> dateTime(String text) {
        Optional<LocalDateTime> local = localDateTime(text);
        if (local.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = DATETIME.matcher(text.strip());
        m.matches();
        try {
            return Optional.of(local.get().atOffset(m.group(8) == null ? SERVER_OFFSET : ZoneOffset.of(m.group(8))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code text} as a calendar date ({@code 2006-01-02}); empty when null, blank or not a real date.
     *
     * @param text the text, or null
     * @return the date, if the text is one
     */
    public static Optional<LocalDate> date(String text) {
        Matcher m = text == null ? null : DATE.matcher(text.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(number(m, 1), number(m, 2), number(m, 3)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
