package dev.tcgen.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Objects;

/**
 * One action of a service as a client calls it: its name, what it answers with, whether it needs a region and
 * whether it is safe to send again when the outcome of an attempt is unknown, and the generated code that writes its
 * request and reads its response (streaming, without reflection). A generated client keeps one constant per action.
 *
 * @param action the action name sent as {@code X-TC-Action}, e.g. {@code GetRunCalls}
 * @param responseType the record the {@code Response} object binds to
 * @param region whether a call may be sent without a region
 * @param idempotent whether repeating the action has the effect of sending it once: read-only by name
 *     ({@code Describe…}, {@code Get…}, …) or declared idempotent in the spec, which overrides the name
 * @param idempotencyToken the wire name of the request's idempotency token (e.g. {@code ClientToken}), which the
 *     client fills once per call when the caller leaves it unset; null when the action has none
 * @param requestWriter writes the request as the JSON object sent
 * @param responseReader reads the {@code Response} object of a success answer into the response record
 * @param <I> the request type
 * @param <O> the response type
 */
public record Operation<I, O>(String action, Class<O> responseType, Region region, boolean idempotent,
        String idempotencyToken, Writer<I> requestWriter, Reader<O> responseReader) {

    /**
     * Writes a value as JSON; generated per record.
     *
     * @param <V> the type written
     */
    @FunctionalInterface
    public interface Writer<V> {
        /**
         * Writes {@code value}, never null, at the generator's position.
         *
         * @param out where the JSON goes
         * @param value the value
         * @throws IOException as the generator throws it
         */
        void write(JsonGenerator out, V value) throws IOException;
    }

    /**
     * Reads a value from JSON; generated per record.
     *
     * @param <V> the type read
     */
    @FunctionalInterface
    public interface Reader<V> {
        /**
         * Reads the value at the parser's current token, which is not {@code null}; a record reader leaves the
         * parser on the object's closing token.
         *
         * @param in the parser, on the value's first token
         * @return the value
         * @throws IOException for JSON that does not fit the type (the message says where and why)
         */
        V read(JsonParser in) throws IOException;
    }

    /** Whether an action needs {@code X-TC-Region}, as the spec says. */
    public enum Region {
        /** A call without a region fails before it is sent. */
        REQUIRED,
        /** The region is sent when the client has one. */
        OPTIONAL
    }

    /**
     * Checks that the action and the response type are given.
     *
     * @param action the action name, e.g. {@code GetRunCalls}
     * @param responseType the record the response reads into
     * @param region whether the action needs a region
     * @param idempotent whether repeating the action is harmless
     * @param idempotencyToken the wire name of the idempotency token, or null
     * @param requestWriter writes the request
     * @param responseReader reads the response
     */
    public Operation {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(responseType, "responseType");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(requestWriter, "requestWriter");
        Objects.requireNonNull(responseReader, "responseReader");
    }

    /**
     * Whether an attempt whose outcome is unknown (sent, then a timeout, a reset or a 5xx) may be sent again.
     *
     * @return true when a repeat cannot do harm
     */
    public boolean safeToRepeat() {
        return idempotent || idempotencyToken != null;
    }
}
