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

    /** False only when the request certainly never left the client. */
    private final boolean requestSent;

    /**
     * A failure after the request may have reached the server ({@link #requestSent()} is true).
     *
     * @param kind what went wrong
     * @param action the action called
     * @param endpoint where the call went
     * @param statusCode the HTTP status, or -1 when no response arrived
     * @param message what happened, for people
     * @param cause the failure underneath, or null
     */
    public TencentCloudTransportException(Kind kind, String action, URI endpoint, int statusCode,
            String message, Throwable cause) {
        this(kind, action, endpoint, statusCode, message, cause, true);
    }

    /**
     * A failure that says whether the request may have reached the server.
     *
     * @param kind what went wrong
     * @param action the action called
     * @param endpoint where the call went
     * @param statusCode the HTTP status, or -1 when no response arrived
     * @param message what happened, for people
     * @param cause the failure underneath, or null
     * @param requestSent false only when the request certainly never left the client (see {@link #requestSent()})
     */
    public TencentCloudTransportException(Kind kind, String action, URI endpoint, int statusCode,
            String message, Throwable cause, boolean requestSent) {
        super(message, cause);
        this.kind = kind;
        this.action = action;
        this.endpoint = endpoint;
        this.statusCode = statusCode;
        this.requestSent = requestSent;
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
     * The action called, e.g. {@code GetRunCalls}.
     *
     * @return the action
     */
    public String action() {
        return action;
    }

    /**
     * Where the request went.
     *
     * @return the endpoint
     */
    public URI endpoint() {
        return endpoint;
    }

    /**
     * Whether the request may have reached the server, and so may have been carried out. False only when it
     * certainly never left the client: no connection could be made (refused, unresolved host, connect timeout,
     * TLS handshake failed) or the call ended before sending. When true and no API answer arrived (a timeout after
     * sending, a reset, a 5xx), the outcome is unknown: the default retry policy then repeats only actions that are
     * safe to repeat.
     *
     * @return false when the request certainly never left the client
     */
    public boolean requestSent() {
        return requestSent;
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
