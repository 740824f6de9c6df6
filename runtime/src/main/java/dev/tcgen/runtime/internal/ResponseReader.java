package dev.tcgen.runtime.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamReadException;
import dev.tcgen.runtime.ServiceDescription;
import dev.tcgen.runtime.TencentCloudTransportException;
import dev.tcgen.runtime.TencentCloudTransportException.Kind;
import java.io.IOException;

/**
 * The read stage: unwraps {@code {"Response": ...}} into the output record, or the exception for an API error
 * or an answer that is not the envelope. Strict, because a proxy or an attacker in the path can send anything:
 * the bytes must be UTF-8 ({@link StrictUtf8}), the envelope whole and without a repeated key at any depth ({@link Envelope}),
 * and the payload must fit the response's generated reader, which coerces nothing ({@link JsonFields}). A success
 * answer is read in one pass ({@link OnePassRead}); any other takes the envelope scan and then the reader, which
 * decide what it means.
 */
final class ResponseReader {
    static final String SIGNATURE_EXPIRE = "AuthFailure.SignatureExpire";

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
        OnePassRead.Result<T> common = OnePassRead.read(JsonFields.FACTORY, body, call.responseReader());
        if (common != null) {
            exchange.requestId(common.requestId());
            return common.value();
        }
        Envelope envelope;
        try {
            envelope = Envelope.scan(JsonFields.FACTORY, body);
        } catch (Envelope.Malformed e) {
            throw malformed(call, e.getMessage() + ": " + TransportExceptions.excerpt(body), null);
        } catch (StreamReadException e) {
            throw malformed(call, "the body is not valid JSON or was cut short (" + body.length + " bytes: "
                    + TransportExceptions.excerpt(body) + "; " + TransportExceptions.describe(e) + ")", e);
        } catch (IOException e) {
            throw malformed(call, "the body could not be read (" + TransportExceptions.describe(e) + ")", e);
        }
        exchange.requestId(envelope.requestId());
        if (envelope.isError()) {
            if (envelope.errorCode().equals(SIGNATURE_EXPIRE)) {
                clock.learnFrom(exchange.headers());
            }
            throw service.errors().create(call.action(), envelope.errorCode(), envelope.errorMessage(), envelope.requestId());
        }
        int start = envelope.payloadStart();
        try (JsonParser parser = JsonFields.FACTORY.createParser(body, start, body.length - start)) {
            parser.nextToken();
            return call.responseReader().read(parser);
        } catch (IOException | IllegalArgumentException e) {
            throw malformed(call, "the response does not fit " + call.responseType().getSimpleName()
                    + " (" + TransportExceptions.describe(e) + ")", e);
        }
    }

    private TencentCloudTransportException malformed(PreparedCall<?> call, String what, Exception cause) {
        return failures.of(Kind.MALFORMED_RESPONSE, call.action(), 200, "HTTP 200 but " + what, cause);
    }
}
