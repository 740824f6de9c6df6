package dev.tcgen.generator.model;

import dev.tcgen.generator.spec.SourceLocation;

/**
 * A field of a request, response or data type.
 *
 * @param wireName the JSON name, exactly as sent and received
 * @param javaName the record component and builder method name (keywords already escaped)
 * @param description may be null
 * @param example the spec's example value as text, may be null
 */
public record Field(
        String wireName,
        String javaName,
        FieldType type,
        boolean required,
        String description,
        String example,
        SourceLocation location) {}
