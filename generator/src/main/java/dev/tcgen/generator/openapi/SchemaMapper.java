package dev.tcgen.generator.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcgen.generator.model.Field;
import dev.tcgen.generator.model.FieldType;
import dev.tcgen.generator.model.LocalTimes;
import dev.tcgen.generator.model.Shape;
import java.math.BigDecimal;
import java.util.List;

/**
 * OpenAPI 3.0 schemas for records and their fields. Response and data fields are nullable, as any field
 * of a Tencent response may be null; request fields are what the caller sends, so they are not.
 */
final class SchemaMapper {

    private static final ObjectMapper JSON = new ObjectMapper();

    static String ref(String schemaName) {
        return "#/components/schemas/" + schemaName;
    }

    ObjectNode object(Shape shape) {
        ObjectNode schema = JSON.createObjectNode().put("type", "object");
        if (shape.description() != null) {
            schema.put("description", shape.description());
        }
        List<String> required = shape.fields().stream().filter(Field::required).map(Field::wireName).toList();
        if (!required.isEmpty()) {
            required.forEach(schema.putArray("required")::add);
        }
        ObjectNode properties = schema.putObject("properties");
        for (Field field : shape.fields()) {
            properties.set(field.wireName(), property(field, shape.kind() != Shape.Kind.REQUEST));
        }
        return schema;
    }

    private ObjectNode property(Field field, boolean nullable) {
        ObjectNode schema;
        if (field.type() instanceof FieldType.Ref reference) {
            // In OpenAPI 3.0 a $ref ignores its siblings, so a described or nullable reference is wrapped.
            schema = JSON.createObjectNode();
            schema.putArray("allOf").addObject().put("$ref", ref(reference.typeName()));
        } else {
            schema = type(field.type());
        }
        String description = field.description();
        if (field.type() == FieldType.Primitive.JSON) {
            description = (description == null ? "" : description + " ") + "(JSON text in a string)";
        }
        if (description != null) {
            schema.put("description", description);
        }
        if (nullable) {
            schema.put("nullable", true);
        }
        if (field.example() != null && field.type() instanceof FieldType.Primitive primitive) {
            example(schema, primitive, field.example());
        }
        return schema;
    }

    private ObjectNode type(FieldType type) {
        ObjectNode schema = JSON.createObjectNode();
        if (type instanceof FieldType.ListOf list) {
            schema.put("type", "array").set("items", type(list.element()));
        } else if (type instanceof FieldType.Ref reference) {
            schema.put("$ref", ref(reference.typeName()));
        } else if (type instanceof FieldType.Primitive primitive) {
            switch (primitive) {
                case STRING, JSON -> schema.put("type", "string");
                case TIMESTAMP -> schema.put("type", "string").put("format", "date-time");
                // No offset, so not OpenAPI's date-time (RFC 3339); Beijing time, as docs/spec-format.md says.
                case DATETIME -> schema.put("type", "string").put("pattern", LocalTimes.DATETIME_PATTERN);
                case DATE -> schema.put("type", "string").put("format", "date");
                case BOOLEAN -> schema.put("type", "boolean");
                case INTEGER -> schema.put("type", "integer").put("format", "int64");
                case FLOAT -> schema.put("type", "number").put("format", "double");
            }
        }
        return schema;
    }

    /** The spec's example as a value of the field's JSON type; left out if the text does not read as one. */
    private static void example(ObjectNode schema, FieldType.Primitive type, String text) {
        try {
            switch (type) {
                case INTEGER -> schema.put("example", Long.parseLong(text));
                case FLOAT -> schema.put("example", new BigDecimal(text));
                case BOOLEAN -> {
                    if (text.equals("true") || text.equals("false")) {
                        schema.put("example", Boolean.parseBoolean(text));
                    }
                }
                default -> schema.put("example", text);
            }
        } catch (NumberFormatException e) {
            // the model stage has checked the example; an unreadable one is simply not shown
        }
    }
}
