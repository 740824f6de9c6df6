package dev.tcgen.runtime.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Typed views of the string fields that hold timestamps and JSON text; lenient by design.
 */
public final class JsonValues {
    private static final ObjectMapper MAPPER = new ObjectMapper();

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
            return Optional.of(MAPPER.readTree(text));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
