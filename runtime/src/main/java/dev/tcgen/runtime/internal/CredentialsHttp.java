package dev.tcgen.runtime.internal;

import dev.tcgen.runtime.CredentialsException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Objects;

/**
 * The small HttpClient of one credentials provider, made on its first use (so that a provider nobody asks costs
 * no threads), and the few things its callers need: a bounded body and a plain description of a failure.
 */
final class CredentialsHttp {

    /** Credentials answers are a few hundred bytes; anything much longer is not one. */
    static final int MAX_ANSWER_BYTES = 64 * 1024;

    private final Duration timeout;

    private final ProxySelector proxies;

    private volatile HttpClient client;

    /**
     * @param timeout the longest wait for a connection, and again for the answer
     * @param proxies where requests go through; {@code HttpClient.Builder.NO_PROXY} for direct
     */
    CredentialsHttp(Duration timeout, ProxySelector proxies) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.proxies = Objects.requireNonNull(proxies, "proxies");
    }

    /** The longest wait for a connection, and again for the answer. */
    Duration timeout() {
        return timeout;
    }

    /** A request to {@code uri} with this client's answer timeout. */
    HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(timeout).version(HttpClient.Version.HTTP_1_1);
    }

    /**
     * The status and body (at most {@link #MAX_ANSWER_BYTES}) of {@code request}; throws {@link IOException}
     * when no answer came, and {@link CredentialsException} when interrupted or the body is too long.
     */
    Answer send(HttpRequest request, String what) throws IOException {
        HttpResponse<InputStream> response;
        try {
            response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CredentialsException("interrupted while waiting for " + what, e);
        }
        try (InputStream in = response.body()) {
            byte[] body = in.readNBytes(MAX_ANSWER_BYTES + 1);
            if (body.length > MAX_ANSWER_BYTES) {
                throw new CredentialsException(what + " answered with more than " + MAX_ANSWER_BYTES
                        + " bytes, which is no credentials answer");
            }
            return new Answer(response.statusCode(), body);
        }
    }

    private HttpClient client() {
        HttpClient current = client;
        if (current == null) {
            synchronized (this) {
                current = client;
                if (current == null) {
                    current = HttpClient.newBuilder()
                            .connectTimeout(timeout)
                            .proxy(proxies)
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build();
                    client = current;
                }
            }
        }
        return current;
    }

    /**
     * What went wrong, in words and without the exception's own text (which may quote the request):
     * {@code "could not connect (connection refused)"}, {@code "timed out after 1000 ms"}, ...
     */
    static String describe(IOException failure, URI uri) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (failure instanceof HttpConnectTimeoutException) {
            return "could not connect to " + uri.getHost() + " in time";
        }
        if (failure instanceof HttpTimeoutException) {
            return "no answer from " + uri.getHost() + " in time";
        }
        if (root instanceof UnresolvedAddressException || root instanceof UnknownHostException) {
            return "could not resolve the host " + uri.getHost();
        }
        if (failure instanceof ConnectException || root instanceof ConnectException) {
            return "could not connect to " + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort())
                    + " (connection refused)";
        }
        return "the connection to " + uri.getHost() + " failed (" + failure.getClass().getSimpleName() + ")";
    }

    /** An HTTP answer: its status and body. */
    record Answer(int status, byte[] body) {
    }
}
