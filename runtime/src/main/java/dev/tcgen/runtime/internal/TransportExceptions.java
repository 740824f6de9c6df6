package dev.tcgen.runtime.internal;

import com.fasterxml.jackson.core.JacksonException;
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

    /**
     * A failure of {@code action}; {@code what} must already hold server text only as {@link ServerText} printed
     * it. A cause whose message quotes server text unescaped (Jackson's, the JDK's "Invalid status line") is
     * replaced by a stand-in with the escaped message and the same stack trace.
     */
    TencentCloudTransportException of(Kind kind, String action, int status, String what, Throwable cause) {
        return new TencentCloudTransportException(kind, action, endpoint, status, action + " to " + endpoint + ": " + what,
                printable(cause));
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
            if (inner instanceof NumberFormatException) {
                // The JDK reads Content-Length with Long.parseLong and lets the exception out: "abc", 2^64
                return of(Kind.MALFORMED_RESPONSE, action, -1, "the answer's Content-Length header is not a length ("
                        + ServerText.printable(inner.getMessage()) + ")", null);
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

    /**
     * The innermost cause's type and message, printable; the JDK's outer exceptions often say less. For Jackson's
     * exceptions, the message without the location (its position in our bytes says nothing to the caller).
     */
    static String describe(Throwable failure) {
        Throwable root = rootCause(failure);
        String message = root instanceof JacksonException jackson ? jackson.getOriginalMessage() : root.getMessage();
        return message == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + ServerText.printable(message);
    }

    /** {@code cause}, or where any message in its chain needs escaping, a chain of stand-ins with escaped messages. */
    static Throwable printable(Throwable cause) {
        boolean plain = true;
        for (Throwable inner = cause; inner != null && plain; inner = inner.getCause() == inner ? null : inner.getCause()) {
            String message = inner.getMessage();
            plain = message == null || message.equals(ServerText.printable(message, Integer.MAX_VALUE));
        }
        return plain ? cause : standIn(cause, 0);
    }

    private static Throwable standIn(Throwable original, int depth) {
        if (original instanceof TencentCloudTransportException) {
            return original; // made here: already printable
        }
        String message = original.getMessage();
        Throwable inner = original.getCause() == null || original.getCause() == original || depth > 16 ? null
                : standIn(original.getCause(), depth + 1);
        IOException copy = new IOException(original.getClass().getName()
                + (message == null ? "" : ": " + ServerText.printable(message)), inner);
        copy.setStackTrace(original.getStackTrace());
        return copy;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /**
     * The start of a body, on one printable line, for a message; a body that is not text (compressed, or holding
     * NULs or many control characters) is only counted, never quoted.
     */
    static String excerpt(byte[] body) {
        if (body.length == 0) {
            return "(empty body)";
        }
        byte[] head = Arrays.copyOf(body, Math.min(body.length, EXCERPT_LENGTH * 4));
        if (isBinary(head)) {
            return body.length + " bytes of binary data";
        }
        String text = new String(head, StandardCharsets.UTF_8).replaceAll("[ \\t\\r\\n]+", " ").strip();
        boolean cut = text.length() > EXCERPT_LENGTH || head.length < body.length;
        text = ServerText.printable(text.substring(0, Math.min(text.length(), EXCERPT_LENGTH)), EXCERPT_LENGTH * 6);
        return cut ? text + "..." : text;
    }

    /** gzip, zlib or zip magic, a NUL, or more than one byte in ten a control character other than white space. */
    private static boolean isBinary(byte[] head) {
        if (head.length >= 2 && ((head[0] == 0x1f && head[1] == (byte) 0x8b) || (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4)
                || (head[0] == 0x78 && (head[1] == 0x01 || head[1] == (byte) 0x9c || head[1] == (byte) 0xda)))) {
            return true;
        }
        int controls = 0;
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\r' && b != '\n') || b == 0x7f) {
                controls++;
            }
        }
        return controls * 10 > head.length;
    }
}
