package dev.tcgen.runtime.internal;

import dev.tcgen.runtime.ClientSettings;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The send stage: one signed request over {@code java.net.http}, its body read up to {@code maxResponseBytes}
 * within the attempt's timeout. Failures come back as transport exceptions that say what happened.
 *
 * <p>Threads: the HttpClient this sender makes runs on a fixed pool of {@link #DEFAULT_THREADS} daemon threads
 * (idle ones end after a minute), or on the executor set with {@code executor(...)} on the client builder. An
 * asynchronous answer is read on that executor too. When all its threads are busy, tasks wait in its queue: no
 * call fails or is dropped for that, calls only take longer, and each still ends at its own timeout. A supplied
 * executor that refuses a task (a bounded queue that is full) fails no call either: the task then runs on the
 * JDK's common pool, as later JDKs do on their own (Java 17's HttpClient would lose it and the call would hang
 * until its timeout).
 */
final class HttpSender implements AutoCloseable {
    private final ClientSettings settings;

    private final TransportExceptions failures;

    /** Enough for the few tasks per exchange that the HttpClient hands off; they never block. */
    static final int DEFAULT_THREADS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    private final HttpClient http;

    /** Where asynchronous answers are read. */
    private final Executor executor;

    /** The executor of the HttpClient this sender made itself; null for a user-supplied client. */
    private final ExecutorService ownExecutor;

    /** @param proxies the proxy this sender's own HttpClient goes through (a supplied client keeps its own) */
    HttpSender(ClientSettings settings, TransportExceptions failures, ProxyChoice proxies) {
        this.settings = settings;
        this.failures = failures;
        if (settings.httpClient().isPresent()) {
            this.http = settings.httpClient().get();
            this.ownExecutor = null;
            this.executor = http.executor().orElse(null);
        } else {
            this.ownExecutor = settings.executor().isPresent() ? null : boundedPool(settings.service().name());
            this.executor = settings.executor().map(HttpSender::overflowingToCommonPool).orElse(ownExecutor);
            this.http = proxies.configure(HttpClient.newBuilder())
                    .connectTimeout(settings.connectTimeout())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .executor(executor)
                    .build();
        }
    }

    /**
     * What one attempt got back: the status, the headers and the whole body; and, once {@link ResponseReader} has
     * scanned its envelope, its RequestId, so that {@link CallObserver} need not parse the body again for it.
     */
    static final class Exchange {
        private final int status;

        private final HttpHeaders headers;

        private final byte[] body;

        private String requestId;

        Exchange(int status, HttpHeaders headers, byte[] body) {
            this.status = status;
            this.headers = headers;
            this.body = body;
        }

        int status() {
            return status;
        }

        HttpHeaders headers() {
            return headers;
        }

        byte[] body() {
            return body;
        }

        /** {@code Response.RequestId} of a body whose envelope was read; null before, or when it was not one. */
        String requestId() {
            return requestId;
        }

        void requestId(String requestId) {
            this.requestId = requestId;
        }
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
        } catch (IOException | TimeoutException | IllegalArgumentException e) {
            // IllegalArgumentException: the JDK's own parse of a Content-Length such as "abc"
            throw failures.failed(action, e);
        }
    }

    /** {@link #send} without blocking; the future completes on the client's executor. */
    CompletableFuture<Exchange> sendAsync(String action, HttpRequest request, long timeoutNanos) {
        CompletableFuture<HttpResponse<LimitedBody>> sent = http.sendAsync(request, limitedBody(action, timeoutNanos));
        // The JDK's request timeout ends the wait for the headers; this bound holds even if the JDK lost a task.
        CompletableFuture<Exchange> exchange = sent.orTimeout(timeoutNanos, TimeUnit.NANOSECONDS)
                .exceptionally(failure -> {
                    throw failures.failed(action, failure);
                })
                .thenCompose(response -> response.body().within()
                        .exceptionally(failure -> {
                            throw failures.failed(action, failure);
                        })
                        .thenApply(body -> new Exchange(response.statusCode(), response.headers(), body)));
        return executor == null ? exchange : onExecutor(exchange);
    }

    /**
     * {@code exchange}, completed on the executor rather than the JDK's common pool, so that the answer is read
     * on threads the client bounds; on the receiving thread when the executor refuses.
     */
    private CompletableFuture<Exchange> onExecutor(CompletableFuture<Exchange> exchange) {
        CompletableFuture<Exchange> handedOver = new CompletableFuture<>();
        exchange.whenComplete((value, failure) -> {
            Runnable complete = () -> {
                if (failure != null) {
                    handedOver.completeExceptionally(failure);
                } else {
                    handedOver.complete(value);
                }
            };
            try {
                executor.execute(complete);
            } catch (RejectedExecutionException e) {
                complete.run();
            }
        });
        return handedOver;
    }

    /**
     * The body of one attempt's response, up to {@code maxResponseBytes}, by the end of {@code timeoutNanos}
     * counted from now. The request's own timeout ends only the wait for the headers; the body's deadline
     * is kept by whoever waits for it ({@link LimitedBody#await}, {@link LimitedBody#within}).
     */
    private LimitedBody limitedBody(String action, long timeoutNanos) {
        return new LimitedBody(settings.maxResponseBytes(), System.nanoTime() + timeoutNanos, failures, action);
    }

    /** Releases the threads of the HttpClient this sender made (a supplied one is left alone). */
    @Override
    public void close() {
        if (ownExecutor != null) {
            ownExecutor.shutdown();
        }
    }

    /** {@code executor}, whose refused tasks run on the common pool instead of being lost inside the HttpClient. */
    private static Executor overflowingToCommonPool(Executor executor) {
        return task -> {
            try {
                executor.execute(task);
            } catch (RejectedExecutionException e) {
                ForkJoinPool.commonPool().execute(task);
            }
        };
    }

    /** {@link #DEFAULT_THREADS} daemon threads at most, started as needed and ended after a minute idle. */
    private static ThreadPoolExecutor boundedPool(String service) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = runnable -> {
            Thread thread = new Thread(runnable, "tcgen-" + service + "-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ThreadPoolExecutor pool = new ThreadPoolExecutor(DEFAULT_THREADS, DEFAULT_THREADS, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), threads);
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
