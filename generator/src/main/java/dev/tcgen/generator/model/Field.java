package dev.tcgen.generator.model;

import dev.tcgen.generator.spec.SourceLocation;

/**
 * A field of a request, response or data type.
 *
 * @param wireName the JSON name, exactly as sent and received
 * @param javaName the record component and builder method name (keywords already escaped)
 * @param description may be null
 * @param example the spec's example value as text, may be null
 * @param sensitive whether the value is a secret (a password, a key, a token): {@code toString} shows {@code ***}
 *     and wire logging masks it
 */
public record Field(
        String wireName,
        String javaName,
        FieldType type,
        boolean required,
        String description,
        String example,
        SourceLocation location,
        boolean sensitive) {

    /** A field that is not sensitive. */
    public Field(String wireName, String javaName, FieldType type, boolean required, String description, String example,
            SourceLocation location) {
        this(wireName, javaName, type, required, description, example, location, false);
    }
}
