package dev.tcgen.runtime;

import java.net.URI;
import java.util.OptionalInt;

/**
 * The request got no answer from the API: the message says what happened (status, a short body
 * excerpt, timeout, connection failure) and where (the endpoint).
 */
public final class TencentCloudTransportException extends TencentCloudSdkException {
    private static final long serialVersionUID = 1L;

    private final Kind kind;

    private final String action;

    private final URI endpoint;

    private final int statusCode;

    /**
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

    public Kind kind() {
        return kind;
    }

    public String action() {
        return action;
    }

    public URI endpoint() {
        return endpoint;
    }

    /**
     * The HTTP status, when a response arrived.
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
