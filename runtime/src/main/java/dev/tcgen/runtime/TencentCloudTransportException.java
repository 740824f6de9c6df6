package dev.tcgen.runtime;

import java.net.URI;
import java.util.OptionalInt;

/**
 * The request got no answer from the API: the message says what happened (status, a short body
 * excerpt, timeout, connection failure) and where (the endpoint).
 */
public final class TencentCloudTransportException extends TencentCloudSdkException {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    private final Kind kind;

    /** The action called. */
    private final String action;

    /** Where the call went. */
    private final URI endpoint;

    /** The HTTP status, or -1. */
    private final int statusCode;

    /**
     * @param kind what went wrong
     * @param action the action called
     * @param endpoint where the call went
     * @param message what happened, for people
     * @param cause the failure underneath, or null
     * @param statusCode the HTTP status, or -1 when no response arrived
     */
    public TencentCloudTransportException(Kind kind, String action, URI endpoint, int statusCode,
            String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.action = action;
        this.endpoint = endpoint;
        this.statusCode = statusCode;
    }

    /**
     * What went wrong.
     *
     * @return the kind of failure
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The action called.
     *
     * @return the action
     */
    public String action() {
        return action;
    }

    /**
     * Where the call went.
     *
     * @return the endpoint
     */
    public URI endpoint() {
        return endpoint;
    }

    /**
     * The HTTP status, when a response arrived.
     *
     * @return the status; empty when no response arrived
     */
    public OptionalInt statusCode() {
        return statusCode < 0 ? OptionalInt.empty() : OptionalInt.of(statusCode);
    }

    /**
     * What went wrong.
     */
    public enum Kind {
        /**
         * The server answered with a status other than 200.
         */
        HTTP_STATUS,

        /**
         * Status 200, but the body is not the JSON envelope (not JSON, cut short, no Response).
         */
        MALFORMED_RESPONSE,

        /**
         * No complete answer within the configured time.
         */
        TIMEOUT,

        /**
         * The connection could not be made or broke.
         */
        CONNECTION,

        /**
         * The calling thread was interrupted while waiting.
         */
        INTERRUPTED,

        /**
         * The response body is longer than the client's maxResponseBytes; the rest was not read.
         */
        RESPONSE_TOO_LARGE
    }
}
