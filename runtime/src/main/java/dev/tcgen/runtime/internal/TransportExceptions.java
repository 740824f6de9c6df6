package dev.tcgen.runtime.internal;

import dev.tcgen.runtime.TencentCloudTransportException;
import dev.tcgen.runtime.TencentCloudTransportException.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * Makes the {@link TencentCloudTransportException}s of one endpoint: what a failed exchange means to the caller,
 * said in words that name the action and the endpoint.
 */
final class TransportExceptions {
    private static final int EXCERPT_LENGTH = 200;

    private final URI endpoint;

    private final Duration readTimeout;

    TransportExceptions(URI endpoint, Duration readTimeout) {
        this.endpoint = endpoint;
        this.readTimeout = readTimeout;
    }

    URI endpoint() {
        return endpoint;
    }

    TencentCloudTransportException of(Kind kind, String action, int status, String what, Throwable cause) {
        return new TencentCloudTransportException(kind, action, endpoint, status, action + " to " + endpoint + ": " + what, cause);
    }

    /** A failure before any byte of the request left the client: always safe to try again. */
    TencentCloudTransportException notSent(Kind kind, String action, String what, Throwable cause) {
        return new TencentCloudTransportException(kind, action, endpoint, -1, action + " to " + endpoint + ": " + what, cause, false);
    }

    /** The failure of a call whose thread was interrupted; the interrupt stays set for the caller to see. */
    TencentCloudTransportException interrupted(String action, InterruptedException interrupt) {
        Thread.currentThread().interrupt();
        return of(Kind.INTERRUPTED, action, -1, "interrupted while waiting for the response", interrupt);
    }

    /** What a failed exchange means to the caller. */
    TencentCloudTransportException failed(String action, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        // HttpClient.send wraps what the body reader failed with (too large, timed out) in an IOException.
        for (Throwable inner = cause; inner != null; inner = inner.getCause() == inner ? null : inner.getCause()) {
            if (inner instanceof TencentCloudTransportException transport) {
                return transport;
            }
            if (inner instanceof TimeoutException) {
                cause = inner;
                break;
            }
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return notSent(Kind.TIMEOUT, action, "could not connect in time (" + describe(cause) + ")", cause);
        }
        if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
            return of(Kind.TIMEOUT, action, -1, "no response within the read timeout of " + readTimeout.toMillis() + " ms", cause);
        }
        if (cause instanceof ConnectException && rootCause(cause) instanceof UnresolvedAddressException) {
            return notSent(Kind.CONNECTION, action, "could not resolve the host " + endpoint.getHost(), cause);
        }
        if (cause instanceof SSLException) {
            String what = "the TLS handshake failed, the server's certificate may not be trusted (" + describe(cause) + ")";
            // The request is written only after the handshake; a later TLS failure may come after sending.
            return cause instanceof SSLHandshakeException ? notSent(Kind.CONNECTION, action, what, cause)
                    : of(Kind.CONNECTION, action, -1, what, cause);
        }
        if (cause instanceof ConnectException) {
            return notSent(Kind.CONNECTION, action, "could not connect (" + describe(cause) + ")", cause);
        }
        if (cause instanceof IOException) {
            return of(Kind.CONNECTION, action, -1, "the connection failed (" + describe(cause) + ")", cause);
        }
        return of(Kind.CONNECTION, action, -1, "the request failed (" + describe(cause) + ")", cause);
    }

    /** The innermost cause's type and message; the JDK's outer exceptions often say less. */
    static String describe(Throwable failure) {
        Throwable root = rootCause(failure);
        return root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** The start of a body, on one line, for a message. */
    static String excerpt(byte[] body) {
        if (body.length == 0) {
            return "(empty body)";
        }
        byte[] head = Arrays.copyOf(body, Math.min(body.length, EXCERPT_LENGTH * 4));
        String text = new String(head, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
        return text.length() <= EXCERPT_LENGTH && head.length == body.length ? text
                : text.substring(0, Math.min(text.length(), EXCERPT_LENGTH)) + "...";
    }
}
