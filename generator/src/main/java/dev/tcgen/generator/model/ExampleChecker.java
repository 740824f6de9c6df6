package dev.tcgen.generator.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.tcgen.generator.spec.Diagnostics;
import dev.tcgen.generator.spec.Node;
import dev.tcgen.generator.spec.SourceLocation;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Checks an example's JSON text against the shape it claims to be, streaming, so that every mismatch is
 * reported at its own line and column inside the spec file.
 */
final class ExampleChecker {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final Map<String, Shape> types;
    private final Diagnostics diagnostics;

    ExampleChecker(Map<String, Shape> types, Diagnostics diagnostics) {
        this.types = types;
        this.diagnostics = diagnostics;
    }

    void checkRequest(Node.Scalar text, Shape request) {
        check(text, "request", parser -> checkObject(parser, text, request, true));
    }

    /** A response example is the whole envelope: {@code {"Response": {...}}}, success or error. */
    void checkResponse(Node.Scalar text, Shape response) {
        check(text, "response", parser -> {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                report(text, parser, "an example response must be a JSON object {\"Response\": {...}}");
                parser.skipChildren();
                return;
            }
            boolean sawResponse = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                SourceLocation nameAt = locationOf(text, parser);
                parser.nextToken();
                if (name.equals("Response")) {
                    sawResponse = true;
                    checkObject(parser, text, response, false);
                } else {
                    diagnostics.error(nameAt, "an example response holds only 'Response', not '" + name + "'");
                    parser.skipChildren();
                }
            }
            if (!sawResponse) {
                report(text, parser, "an example response must be wrapped as {\"Response\": {...}}");
            }
        });
    }

    private interface Body {
        void accept(JsonParser parser) throws IOException;
    }

    private void check(Node.Scalar text, String what, Body body) {
        try (JsonParser parser = JSON.createParser(text.text())) {
            if (parser.nextToken() == null) {
                diagnostics.error(text.location(), "the example " + what + " is empty; give its JSON text");
                return;
            }
            body.accept(parser);
            if (parser.nextToken() != null) {
                report(text, parser, "unexpected text after the example " + what + "'s JSON");
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            SourceLocation location = at == null ? text.location() : text.locate(at.getLineNr(), at.getColumnNr());
            diagnostics.error(location, "the example " + what + " is not valid JSON: " + jsonProblem(e));
        } catch (IOException e) {
            diagnostics.error(text.location(), "the example " + what + " cannot be read: " + e.getMessage());
        }
    }

    /**
     * Jackson's message in one line, without the source excerpt and the JSON-relative position it may append
     * (the problem's own location already points into the spec file).
     */
    private static String jsonProblem(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int source = message.indexOf("[Source:");
        if (source >= 0) {
            int opening = message.lastIndexOf(" (", source);
            message = message.substring(0, opening >= 0 ? opening : source);
        }
        return message.replaceAll("\\s+", " ").strip();
    }

    private void checkObject(JsonParser parser, Node.Scalar text, Shape shape, boolean checkRequired) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            report(text, parser, "expected an object of type " + shape.name() + " here");
            parser.skipChildren();
            return;
        }
        SourceLocation start = locationOf(text, parser);
        Set<String> seen = new HashSet<>();
        boolean isError = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            SourceLocation nameAt = locationOf(text, parser);
            parser.nextToken();
            seen.add(name);
            Field field = shape.fields().stream().filter(f -> f.wireName().equals(name)).findFirst().orElse(null);
            if (field != null) {
                checkValue(parser, text, field.type(), field.wireName());
            } else if (shape.kind() == Shape.Kind.RESPONSE && name.equals("Error")) {
                isError = true;
                parser.skipChildren();
            } else {
                diagnostics.error(nameAt, "'" + name + "' is not a field of " + shape.name() + suggestion(name, shape));
                parser.skipChildren();
            }
        }
        if (checkRequired && !isError) {
            for (Field field : shape.fields()) {
                if (field.required() && !seen.contains(field.wireName())) {
                    diagnostics.error(start, "the example lacks '" + field.wireName() + "', which " + shape.name() + " requires");
                }
            }
        }
    }

    private static String suggestion(String name, Shape shape) {
        for (Field field : shape.fields()) {
            if (field.wireName().equalsIgnoreCase(name)) {
                return "; did you mean '" + field.wireName() + "'?";
            }
        }
        return "";
    }

    private void checkValue(JsonParser parser, Node.Scalar text, FieldType type, String fieldName) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return; // any field may be null on the wire
        }
        if (type instanceof FieldType.Primitive primitive) {
            checkPrimitive(parser, text, primitive, fieldName);
        } else if (type instanceof FieldType.ListOf list) {
            if (token != JsonToken.START_ARRAY) {
                report(text, parser, "'" + fieldName + "' is a " + type.specName() + ", but the example gives " + describe(token));
                parser.skipChildren();
                return;
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                checkValue(parser, text, list.element(), fieldName);
            }
        } else if (type instanceof FieldType.Ref ref) {
            checkObject(parser, text, types.get(ref.typeName()), false);
        }
    }

    private void checkPrimitive(JsonParser parser, Node.Scalar text, FieldType.Primitive type, String fieldName)
            throws IOException {
        JsonToken token = parser.currentToken();
        if (type == FieldType.Primitive.INTEGER && token == JsonToken.VALUE_NUMBER_INT
                && parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            report(text, parser, "'" + fieldName + "' is integer, but " + parser.getText() + " does not fit in 64 bits");
            return;
        }
        boolean matches = switch (type) {
            case STRING, JSON -> token == JsonToken.VALUE_STRING;
            case TIMESTAMP, DATETIME, DATE -> token == JsonToken.VALUE_STRING;
            case BOOLEAN -> token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
            case INTEGER -> token == JsonToken.VALUE_NUMBER_INT;
            case FLOAT -> token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
        };
        if (!matches) {
            report(text, parser, "'" + fieldName + "' is " + type.specName() + ", but the example gives " + describe(token));
            parser.skipChildren();
            return;
        }
        if (type == FieldType.Primitive.TIMESTAMP && !parser.getText().isEmpty() && !isTimestamp(parser.getText())) {
            report(text, parser, "'" + fieldName + "' is a timestamp, but '" + parser.getText()
                    + "' is not ISO-8601 with an offset (e.g. 2022-10-31T14:11:18+08:00)");
        } else if (type == FieldType.Primitive.DATETIME && !parser.getText().isEmpty() && !LocalTimes.isDateTime(parser.getText())) {
            report(text, parser, "'" + fieldName + "' is a datetime, but '" + parser.getText()
                    + "' is not a date and time (e.g. 2006-01-02 15:04:05)");
        } else if (type == FieldType.Primitive.DATE && !parser.getText().isEmpty() && !LocalTimes.isDate(parser.getText())) {
            report(text, parser, "'" + fieldName + "' is a date, but '" + parser.getText() + "' is not a date (e.g. 2006-01-02)");
        }
    }

    static boolean isTimestamp(String value) {
        try {
            OffsetDateTime.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case START_ARRAY -> "a list";
            case START_OBJECT -> "an object";
            default -> token.toString();
        };
    }

    private void report(Node.Scalar text, JsonParser parser, String message) {
        diagnostics.error(locationOf(text, parser), message);
    }

    private static SourceLocation locationOf(Node.Scalar text, JsonParser parser) {
        JsonLocation at = parser.currentTokenLocation();
        return text.locate(at.getLineNr(), at.getColumnNr());
    }
}
