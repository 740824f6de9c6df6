package dev.tcgen.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The {@code timestamps} golden case, compiled and called: typed accessors of datetime and date fields. */
class TimeAccessorsTest {

    private static final String USAGE = """
            package usage;

            import com.fasterxml.jackson.databind.ObjectMapper;
            import dev.tcgen.client.clock.v20200202.Backup;
            import java.util.List;

            public final class Usage {
                private Usage() {}

                public static List<Object> read(String json) throws Exception {
                    Backup backup = new ObjectMapper().readValue(json, Backup.class);
                    return List.of(backup.finishTime(), backup.finishTimeAsLocalDateTime(), backup.finishTimeAsDateTime(),
                            backup.expireDateAsDate(), backup.createdAtAsDateTime(), backup.days());
                }
            }
            """;

    private static Class<?> usage;

    @BeforeAll
    static void compile() throws Exception {
        SortedMap<String, String> sources = GoldenCasesTest.render(GoldenCasesTest.casesDirectory().resolve("timestamps"));
        sources.put("usage/Usage.java", USAGE);
        usage = CompiledSources.compile(sources).loadClass("usage.Usage");
    }

    @Test
    void datetimeIsReadAsBeijingTimeAndTheTextIsKept() throws Exception {
        List<?> values = read("""
                {"FinishTime": "2020-02-02 09:45:10", "ExpireDate": "2020-03-02", "CreatedAt": "2020-02-02T09:30:00+08:00",
                 "Days": ["2020-02-02"]}""");
        assertEquals("2020-02-02 09:45:10", values.get(0));
        assertEquals(Optional.of(LocalDateTime.of(2020, 2, 2, 9, 45, 10)), values.get(1));
        assertEquals(Instant.parse("2020-02-02T01:45:10Z"), ((Optional<?>) values.get(2)).map(t -> ((OffsetDateTime) t).toInstant()).orElseThrow());
        assertEquals(Optional.of(LocalDate.of(2020, 3, 2)), values.get(3));
        assertEquals(Optional.of(OffsetDateTime.parse("2020-02-02T09:30:00+08:00")), values.get(4));
        assertEquals(List.of("2020-02-02"), values.get(5));
    }

    @Test
    void unreadableTextIsKeptAndItsAccessorsAreEmpty() throws Exception {
        List<?> values = read("{\"FinishTime\": \"0000-00-00 00:00:00\", \"ExpireDate\": \"无\"}");
        assertEquals("0000-00-00 00:00:00", values.get(0));
        assertEquals(Optional.empty(), values.get(1));
        assertEquals(Optional.empty(), values.get(2));
        assertEquals(Optional.empty(), values.get(3));
        assertEquals(Optional.empty(), values.get(4));
    }

    private static List<?> read(String json) throws Exception {
        return (List<?>) usage.getMethod("read", String.class).invoke(null, json);
    }
}
