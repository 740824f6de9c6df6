package dev.tcgen.runtime.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tcgen.runtime.Operation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The field readers and list writers that generated record codecs call, with the client's strictness: a value is
 * read only from its own JSON kind (no number as a string or a boolean, no string as a number, no fraction as an
 * integer; an integer may be read as a float), null reads as null, and a list holding null is refused, since the
 * caller's loop would trip on the hole. Failures are {@link JsonParseException}s whose message names the field's
 * path and what was found there.
 */
public final class JsonFields {

    /** The one factory of the call path's parsers and generators: thread-safe, and it pools their buffers. */
    static final JsonFactory FACTORY = new JsonFactory();

    private JsonFields() {
    }

    /**
     * Fails unless the parser is on the start of an object; generated record readers begin with it.
     *
     * @param in the parser
     * @throws IOException when the value is not an object
     */
    public static void expectObject(JsonParser in) throws IOException {
        if (in.currentToken() != JsonToken.START_OBJECT) {
            throw mismatch(in, "an object");
        }
    }

    /**
     * A string field's value.
     *
     * @param in the parser, on the value
     * @return the text; null for JSON null
     * @throws IOException when the value is not a string
     */
    public static String readString(JsonParser in) throws IOException {
        JsonToken token = in.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return in.getText();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw mismatch(in, "a string");
    }

    /**
     * An integer field's value.
     *
     * @param in the parser, on the value
     * @return the number; null for JSON null
     * @throws IOException when the value is not an integer, or is one outside the range of a long
     */
    public static Long readInteger(JsonParser in) throws IOException {
        JsonToken token = in.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return in.getLongValue();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw mismatch(in, "an integer");
    }

    /**
     * A float field's value; an integer is read as the nearest double.
     *
     * @param in the parser, on the value
     * @return the number; null for JSON null
     * @throws IOException when the value is not a number
     */
    public static Double readFloat(JsonParser in) throws IOException {
        JsonToken token = in.currentToken();
        if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
            return in.getDoubleValue();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw mismatch(in, "a number");
    }

    /**
     * A boolean field's value.
     *
     * @param in the parser, on the value
     * @return the boolean; null for JSON null
     * @throws IOException when the value is not {@code true} or {@code false}
     */
    public static Boolean readBoolean(JsonParser in) throws IOException {
        JsonToken token = in.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw mismatch(in, "a boolean");
    }

    /**
     * A record field's value.
     *
     * @param <E> the record type
     * @param in the parser, on the value
     * @param record the record's generated reader
     * @return the record; null for JSON null
     * @throws IOException when the value is not an object, or does not fit the record
     */
    public static <E> E readObject(JsonParser in, Operation.Reader<E> record) throws IOException {
        return in.currentToken() == JsonToken.VALUE_NULL ? null : record.read(in);
    }

    /**
     * A list field's value.
     *
     * @param <E> the element type
     * @param in the parser, on the value
     * @param element reads one element; never called on null
     * @return the elements in order; null for JSON null
     * @throws IOException when the value is not an array, holds null, or an element does not fit
     */
    public static <E> List<E> readList(JsonParser in, Operation.Reader<E> element) throws IOException {
        JsonToken token = in.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.START_ARRAY) {
            throw mismatch(in, "an array");
        }
        List<E> elements = new ArrayList<>();
        while ((token = in.nextToken()) != JsonToken.END_ARRAY) {
            if (token == JsonToken.VALUE_NULL) {
                throw new JsonParseException(in, path(in) + " is null; a list may not hold null");
            }
            elements.add(element.read(in));
        }
        return elements;
    }

    /**
     * Writes a list field unless the list is empty, as an absent list and an empty one are the same to the caller.
     *
     * @param <E> the element type
     * @param out the generator, inside an object
     * @param name the field's wire name
     * @param list the elements, never null (records make an absent list empty)
     * @param element writes one element that is not null
     * @throws IOException as the generator throws it
     */
    public static <E> void writeListField(JsonGenerator out, String name, List<E> list, Operation.Writer<E> element)
            throws IOException {
        if (!list.isEmpty()) {
            out.writeFieldName(name);
            writeList(out, list, element);
        }
    }

    /**
     * Writes a list as an array, a null element as JSON null; an empty list is written too.
     *
     * @param <E> the element type
     * @param out the generator
     * @param list the elements
     * @param element writes one element that is not null
     * @throws IOException as the generator throws it
     */
    public static <E> void writeList(JsonGenerator out, List<E> list, Operation.Writer<E> element) throws IOException {
        out.writeStartArray();
        for (E value : list) {
            if (value == null) {
                out.writeNull();
            } else {
                element.write(out, value);
            }
        }
        out.writeEndArray();
    }

    /**
     * Writes a string list element.
     *
     * @param out the generator
     * @param value the element
     * @throws IOException as the generator throws it
     */
    public static void writeString(JsonGenerator out, String value) throws IOException {
        out.writeString(value);
    }

    /**
     * Writes an integer list element.
     *
     * @param out the generator
     * @param value the element
     * @throws IOException as the generator throws it
     */
    public static void writeInteger(JsonGenerator out, Long value) throws IOException {
        out.writeNumber(value.longValue());
    }

    /**
     * Writes a float list element.
     *
     * @param out the generator
     * @param value the element
     * @throws IOException as the generator throws it
     */
    public static void writeFloat(JsonGenerator out, Double value) throws IOException {
        out.writeNumber(value.doubleValue());
    }

    /**
     * Writes a boolean list element.
     *
     * @param out the generator
     * @param value the element
     * @throws IOException as the generator throws it
     */
    public static void writeBoolean(JsonGenerator out, Boolean value) throws IOException {
        out.writeBoolean(value.booleanValue());
    }

    private static JsonParseException mismatch(JsonParser in, String expected) {
        return new JsonParseException(in, path(in) + " is " + kind(in.currentToken()) + ", not " + expected);
    }

    /** Where the parser is, as {@code Calls[2].RunId}; the envelope's own levels are left out. */
    private static String path(JsonParser in) {
        return in.getParsingContext().pathAsPointer(false).toString();
    }

    private static String kind(JsonToken token) {
        if (token == null) {
            return "missing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a number with a fraction";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }
}
