package dev.tcgen.runtime.internal;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.tcgen.runtime.ServiceDescription;
import dev.tcgen.runtime.TencentCloudTransportException;
import dev.tcgen.runtime.TencentCloudTransportException.Kind;
import java.io.IOException;
import java.util.List;

/**
 * The read stage: unwraps {@code {"Response": ...}} into the output record, or the exception for an API error
 * or an answer that is not the envelope. Strict, because a proxy or an attacker in the path can send anything:
 * the bytes must be UTF-8 ({@link StrictUtf8}), the envelope whole and without a repeated key at any depth ({@link Envelope}),
 * and the payload must bind without coercion (no number as a boolean, no string as a number, no null in a list).
 */
final class ResponseReader {
    static final String SIGNATURE_EXPIRE = "AuthFailure.SignatureExpire";

    /**
     * Empty requests are legal (actions without parameters); unknown response fields are not errors. Values are
     * never coerced from one kind to another: a number is not a boolean or a string, a string not a number, a
     * float not an integer, null not a primitive; a list holding null is refused rather than handed over with a
     * hole the caller's loop would trip on.
     */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfigDefaults(config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert))
            .withCoercionConfig(LogicalType.Float, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert))
            .withConfigOverride(List.class, override -> override.setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
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
        String encoding = StrictUtf8.problem(body);
        if (encoding != null) {
            throw malformed(call, "the body is not valid UTF-8 (" + encoding + ")", null);
        }
        Envelope envelope;
        try {
            envelope = Envelope.scan(MAPPER.getFactory(), body);
        } catch (Envelope.Malformed e) {
            throw malformed(call, e.getMessage() + ": " + TransportExceptions.excerpt(body), null);
        } catch (StreamReadException e) {
            throw malformed(call, "the body is not valid JSON or was cut short (" + body.length + " bytes: "
                    + TransportExceptions.excerpt(body) + "; " + TransportExceptions.describe(e) + ")", e);
        } catch (IOException e) {
            throw malformed(call, "the body could not be read (" + TransportExceptions.describe(e) + ")", e);
        }
        if (envelope.isError()) {
            if (envelope.errorCode().equals(SIGNATURE_EXPIRE)) {
                clock.learnFrom(exchange.headers());
            }
            throw service.errors().create(call.action(), envelope.errorCode(), envelope.errorMessage(), envelope.requestId());
        }
        int start = envelope.payloadStart();
        try (JsonParser parser = MAPPER.createParser(body, start, body.length - start)) {
            return PAYLOAD_READERS.get(call.responseType()).readValue(parser);
        } catch (IOException | IllegalArgumentException e) {
            throw malformed(call, "the response does not fit " + call.responseType().getSimpleName()
                    + " (" + TransportExceptions.describe(e) + ")", e);
        }
    }

    private TencentCloudTransportException malformed(PreparedCall<?> call, String what, Exception cause) {
        return failures.of(Kind.MALFORMED_RESPONSE, call.action(), 200, "HTTP 200 but " + what, cause);
    }
}
