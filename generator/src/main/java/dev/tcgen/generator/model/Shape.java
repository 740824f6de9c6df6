package dev.tcgen.generator.model;

import java.util.List;

/**
 * Something emitted as a record: an action's request or response, or a data type.
 *
 * @param name the spec name (the data type's name, or {@code GetRunCallsRequest} for a request)
 * @param javaName the simple class name
 * @param description may be null
 */
public record Shape(Kind kind, String name, String javaName, String description, List<Field> fields) {

    public enum Kind {
        REQUEST,
        RESPONSE,
        DATA
    }
}
