package dev.tcgen.generator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which texts a datetime or date example may be; the same texts as the runtime's {@code JsonValuesTimesTest}. */
class LocalTimesTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
        "2006-01-02 15:04:05|true",
        "' 2006-1-2 15:04:05\t'|true",
        "2006-01-02T15:04:05|true",
        "2006-01-02 15:04:05.5|true",
        "2006-01-02T15:04:05Z|true",
        "2006-01-02 15:04:05-05:00|true",
        "''|false",
        "2006-01-0215:04:05|false",
        "2006-02-30 00:00:00|false",
        "2006-01-02 24:00:00|false",
        "2006-01-02|false",
        "无|false",
        "2006.01.02 15:04:05|false",
        "2006-01-02 15:04:05+0800|false",
        "2006-01-02 15:04:05+19:00|false",
    })
    void datetimes(String text, boolean valid) {
        assertEquals(valid, LocalTimes.isDateTime(text));
        if (valid) {
            assertEquals(true, Pattern.compile(LocalTimes.DATETIME_PATTERN).matcher(text.strip()).matches(), "the OpenAPI pattern");
        }
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
        "2006-01-02|true",
        "'2006-1-2 '|true",
        "''|false",
        "2006-02-30|false",
        "20060102|false",
        "2006-01-02 15:04:05|false",
        "0000-00-00|false",
    })
    void dates(String text, boolean valid) {
        assertEquals(valid, LocalTimes.isDate(text));
    }
}
