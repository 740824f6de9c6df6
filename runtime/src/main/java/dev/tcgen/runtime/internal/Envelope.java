package dev.tcgen.runtime.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * What one streaming pass over a body found in its {@code {"Response": ...}} envelope: where the payload starts,
 * its RequestId and, for an API error, its code and message. The pass skips every other value without building
 * it, and refuses a repeated key at any depth ({@link RepeatedKeys}), so that no key order can
 * make a forged half win: {@code "Response"} twice, {@code "Error"} then {@code "Error": null}, or {@code "Calls"}
 * twice all fail the same way.
 *
 * @param payloadStart the byte offset of the {@code Response} object
 * @param requestId {@code Response.RequestId}
 * @param errorCode {@code Response.Error.Code}; null for a success answer
 * @param errorMessage {@code Response.Error.Message}; empty when the error has none
 */
record Envelope(int payloadStart, String requestId, String errorCode, String errorMessage) {

    /** Why a body is not an envelope this client can trust; the message completes "HTTP 200 but ...". */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    /** Whether this is an API error. */
    boolean isError() {
        return errorCode != null;
    }

    /**
     * The envelope of {@code body}, which must be: one JSON object holding exactly one {@code Response} object;
     * in it a string {@code RequestId} and, when present and not null, an {@code Error} object with a non-blank string
     * {@code Code} (and a string {@code Message}, if any); no key twice anywhere; nothing after the object.
     *
     * @throws IOException for a body that is not JSON (Jackson's message says why)
     * @throws Malformed for JSON that is not such an envelope, or repeats a key
     */
    static Envelope scan(JsonFactory json, byte[] body) throws IOException, Malformed {
        try (JsonParser parser = json.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new Malformed("the body has no \"Response\" object");
            }
            RepeatedKeys keys = new RepeatedKeys();
            keys.enter();
            Envelope envelope = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                keys.add(name);
                JsonToken value = parser.nextToken();
                if (!name.equals("Response")) {
                    keys.skip(parser);
                } else if (value != JsonToken.START_OBJECT) {
                    throw new Malformed("the body has no \"Response\" object");
                } else {
                    long start = parser.currentTokenLocation().getByteOffset();
                    keys.enter();
                    envelope = payload(parser, (int) start, keys);
                    keys.leave();
                }
            }
            if (parser.nextToken() != null) {
                throw new Malformed("the body is not valid JSON (content after the envelope's object)");
            }
            if (envelope == null) {
                throw new Malformed("the body has no \"Response\" object");
            }
            return envelope;
        }
    }

    private static Envelope payload(JsonParser parser, int start, RepeatedKeys keys) throws IOException, Malformed {
        String requestId = null;
        boolean hasError = false;
        String code = null;
        String message = "";
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            keys.add(name);
            JsonToken value = parser.nextToken();
            if (name.equals("Error")) {
                // "Error": null is taken as no error (a repeated Error key is refused above, whatever its values)
                hasError = value != JsonToken.VALUE_NULL;
                if (value == JsonToken.START_OBJECT) {
                    keys.enter();
                    String[] codeAndMessage = error(parser, keys);
                    keys.leave();
                    code = codeAndMessage[0];
                    message = codeAndMessage[1];
                } else {
                    keys.skip(parser);
                }
            } else if (name.equals("RequestId")) {
                if (value != JsonToken.VALUE_STRING) {
                    throw new Malformed("Response.RequestId is " + kind(value) + ", not a string");
                }
                requestId = parser.getText();
            } else {
                keys.skip(parser);
            }
        }
        if (hasError && (code == null || code.isBlank())) {
            throw new Malformed("Response.Error has no Code");
        }
        if (requestId == null) {
            throw new Malformed("Response has no RequestId");
        }
        return new Envelope(start, requestId, code, message);
    }

    /** The code (null when absent or not a string) and the message of the {@code Error} object just entered. */
    private static String[] error(JsonParser parser, RepeatedKeys keys) throws IOException, Malformed {
        String code = null;
        String message = "";
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            keys.add(name);
            JsonToken value = parser.nextToken();
            if (name.equals("Code") && value == JsonToken.VALUE_STRING) {
                code = parser.getText();
            } else if (name.equals("Message") && value != JsonToken.VALUE_NULL) {
                if (value != JsonToken.VALUE_STRING) {
                    throw new Malformed("Response.Error.Message is " + kind(value) + ", not a string");
                }
                message = parser.getText();
            } else {
                keys.skip(parser);
            }
        }
        return new String[] {code, message};
    }

    private static String kind(JsonToken value) {
        return switch (value) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> value.name();
        };
    }
}
