package dev.tcgen.runtime.internal;

import dev.tcgen.runtime.ClientSettings;
import dev.tcgen.runtime.TencentCloudTransportException.Kind;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The send stage: one signed request over {@code java.net.http}, its body read up to {@code maxResponseBytes}
 * within the attempt's timeout. Failures come back as transport exceptions that say what happened.
 */
final class HttpSender implements AutoCloseable {
    private final ClientSettings settings;

    private final TransportExceptions failures;

    private final HttpClient http;

    /** The executor of the HttpClient this sender made itself; null for a user-supplied client. */
    private final ExecutorService ownExecutor;

    /** @param proxies the proxy this sender's own HttpClient goes through (a supplied client keeps its own) */
    HttpSender(ClientSettings settings, TransportExceptions failures, ProxyChoice proxies) {
        this.settings = settings;
        this.failures = failures;
        if (settings.httpClient().isPresent()) {
            this.http = settings.httpClient().get();
            this.ownExecutor = null;
        } else {
            this.ownExecutor = Executors.newCachedThreadPool(daemonThreads(settings.service().name()));
            this.http = proxies.configure(HttpClient.newBuilder())
                    .connectTimeout(settings.connectTimeout())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .executor(ownExecutor)
                    .build();
        }
    }

    /** What one attempt got back: the status, the headers and the whole body. */
    record Exchange(int status, HttpHeaders headers, byte[] body) {
    }

    /**
     * Sends on the caller's thread and waits for the whole body until {@code timeoutNanos} from now. Sending on
     * this thread avoids the hand-offs between threads that {@code sendAsync} costs.
     */
    Exchange send(String action, HttpRequest request, long timeoutNanos) {
        try {
            HttpResponse<LimitedBody> response = http.send(request, limitedBody(action, timeoutNanos));
            return new Exchange(response.statusCode(), response.headers(), response.body().await());
        } catch (InterruptedException e) {
            throw failures.interrupted(action, e);
        } catch (ExecutionException e) {
            throw failures.failed(action, e.getCause());
        } catch (IOException | TimeoutException e) {
            throw failures.failed(action, e);
        }
    }

    /** {@link #send} without blocking. */
    CompletableFuture<Exchange> sendAsync(String action, HttpRequest request, long timeoutNanos) {
        return http.sendAsync(request, limitedBody(action, timeoutNanos))
                .exceptionally(failure -> {
                    throw failures.failed(action, failure);
                })
                .thenCompose(response -> response.body().within()
                        .exceptionally(failure -> {
                            throw failures.failed(action, failure);
                        })
                        .thenApply(body -> new Exchange(response.statusCode(), response.headers(), body)));
    }

    /**
     * The body of one attempt's response, up to {@code maxResponseBytes}, by the end of {@code timeoutNanos}
     * counted from now. The request's own timeout ends only the wait for the headers; the body's deadline
     * is kept by whoever waits for it ({@link LimitedBody#await}, {@link LimitedBody#within}).
     */
    private HttpResponse.BodyHandler<LimitedBody> limitedBody(String action, long timeoutNanos) {
        int limit = settings.maxResponseBytes();
        long deadline = System.nanoTime() + timeoutNanos;
        return info -> new LimitedBody(limit, info.headers().firstValueAsLong("Content-Length").orElse(-1), deadline,
                () -> failures.of(Kind.RESPONSE_TOO_LARGE, action, info.statusCode(), "the response body is longer than "
                        + limit + " bytes, the limit set with maxResponseBytes on the client builder", null));
    }

    /** Releases the threads of the HttpClient this sender made (a supplied one is left alone). */
    @Override
    public void close() {
        if (ownExecutor != null) {
            ownExecutor.shutdown();
        }
    }

    private static ThreadFactory daemonThreads(String service) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "tcgen-" + service + "-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
