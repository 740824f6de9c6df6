package dev.tcgen.generator.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which texts the {@code datetime} and {@code date} types accept: the same rule as the runtime's typed accessors
 * ({@code JsonValues.localDateTime}, {@code JsonValues.date}), so that an example the spec accepts is one the
 * generated code reads. A datetime is {@code 2006-01-02 15:04:05}, also with {@code T} for the space, one-digit
 * month, day or hour, a fraction of a second, and an offset ({@code Z}, {@code +08:00}); a date is {@code 2006-01-02}.
 */
public final class LocalTimes {

    /** The datetime texts that are accepted, as a regular expression (an OpenAPI {@code pattern}). */
    public static final String DATETIME_PATTERN =
            "^\\d{4}-\\d{1,2}-\\d{1,2}[ T]\\d{1,2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})?$";

    private static final Pattern DATETIME = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})[ T](\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private LocalTimes() {}

    /** Whether {@code text} (surrounding blanks aside) is a valid datetime: a real calendar day and time of day. */
    public static boolean isDateTime(String text) {
        Matcher m = DATETIME.matcher(text.strip());
        if (!m.matches()) {
            return false;
        }
        try {
            LocalDateTime.of(number(m, 1), number(m, 2), number(m, 3), number(m, 4), number(m, 5), number(m, 6));
            if (m.group(8) != null) {
                ZoneOffset.of(m.group(8));
            }
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Whether {@code text} (surrounding blanks aside) is a valid date: a real calendar day. */
    public static boolean isDate(String text) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return false;
        }
        try {
            LocalDate.of(number(m, 1), number(m, 2), number(m, 3));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
