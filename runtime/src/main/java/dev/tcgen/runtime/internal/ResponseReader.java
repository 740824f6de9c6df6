package dev.tcgen.runtime.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tcgen.runtime.ServiceDescription;
import dev.tcgen.runtime.TencentCloudTransportException;
import dev.tcgen.runtime.TencentCloudTransportException.Kind;
import java.io.IOException;

/**
 * The read stage: unwraps {@code {"Response": ...}} into the output record, or the exception for an API error
 * or an answer that is not the envelope.
 */
final class ResponseReader {
    static final String SIGNATURE_EXPIRE = "AuthFailure.SignatureExpire";

    /**
     * Empty requests are legal (actions without parameters); unknown response fields are not errors.
     */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /**
     * Per response type, its reader, resolved once rather than on every call. It binds the {@code Response}
     * object where it lies in a body whose whole structure was already checked.
     */
    private static final ClassValue<ObjectReader> PAYLOAD_READERS = new ClassValue<ObjectReader>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return MAPPER.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        }
    };

    private final ServiceDescription service;

    private final TransportExceptions failures;

    private final ClockSkew clock;

    ResponseReader(ServiceDescription service, TransportExceptions failures, ClockSkew clock) {
        this.service = service;
        this.failures = failures;
        this.clock = clock;
    }

    /** The output record of {@code exchange}, or the exception its answer means. */
    <T> T read(PreparedCall<T> call, HttpSender.Exchange exchange) {
        int status = exchange.status();
        byte[] body = exchange.body();
        if (status != 200) {
            throw failures.of(Kind.HTTP_STATUS, call.action(), status, "HTTP " + status + ", body: " + TransportExceptions.excerpt(body), null);
        }
        int payloadStart = successPayloadStart(body);
        if (payloadStart >= 0) {
            try (JsonParser parser = MAPPER.createParser(body, payloadStart, body.length - payloadStart)) {
                return PAYLOAD_READERS.get(call.responseType()).readValue(parser);
            } catch (IOException | IllegalArgumentException e) {
                throw doesNotFit(call, status, e);
            }
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (IOException e) {
            throw failures.of(Kind.MALFORMED_RESPONSE, call.action(), status,
                    "HTTP 200 but the body is not valid JSON or was cut short (" + body.length + " bytes: "
                            + TransportExceptions.excerpt(body) + ")", e);
        }
        JsonNode payload = root == null ? null : root.get("Response");
        if (payload == null || !payload.isObject()) {
            throw failures.of(Kind.MALFORMED_RESPONSE, call.action(), status,
                    "HTTP 200 but the body has no \"Response\" object: " + TransportExceptions.excerpt(body), null);
        }
        JsonNode error = payload.get("Error");
        if (error != null && !error.isNull()) {
            String code = text(error.get("Code"));
            if (code == null || code.isBlank()) {
                throw failures.of(Kind.MALFORMED_RESPONSE, call.action(), status,
                        "HTTP 200 but Response.Error has no Code: " + TransportExceptions.excerpt(body), null);
            }
            if (code.equals(SIGNATURE_EXPIRE)) {
                clock.learnFrom(exchange.headers());
            }
            String message = text(error.get("Message"));
            throw service.errors().create(call.action(), code, message == null ? "" : message,
                    text(payload.get("RequestId")));
        }
        try {
            return MAPPER.treeToValue(payload, call.responseType());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw doesNotFit(call, status, e);
        }
    }

    /**
     * Where the {@code Response} object of a well-formed success answer starts in {@code body}; -1 when the
     * answer needs a closer look (an {@code Error}, no {@code Response} object, not JSON, trailing content).
     * One pass of the streaming parser, which skips values without building anything.
     */
    private static int successPayloadStart(byte[] body) {
        try (JsonParser parser = MAPPER.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return -1;
            }
            long start = -1;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                boolean payload = "Response".equals(parser.currentName());
                JsonToken value = parser.nextToken();
                if (!payload) {
                    parser.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_OBJECT) {
                    return -1;
                }
                start = parser.currentTokenLocation().getByteOffset();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    if ("Error".equals(parser.currentName())) {
                        return -1;
                    }
                    parser.nextToken();
                    parser.skipChildren();
                }
            }
            return parser.nextToken() == null && start >= 0 && start <= Integer.MAX_VALUE ? (int) start : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private <T> TencentCloudTransportException doesNotFit(PreparedCall<T> call, int status, Exception failure) {
        return failures.of(Kind.MALFORMED_RESPONSE, call.action(), status, "the response does not fit "
                + call.responseType().getSimpleName() + " (" + TransportExceptions.describe(failure) + ")", failure);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
