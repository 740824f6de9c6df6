package dev.tcgen.runtime.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.tcgen.runtime.CallOptions;
import dev.tcgen.runtime.ClientConfigurationException;
import dev.tcgen.runtime.ClientSettings;
import dev.tcgen.runtime.Operation;
import dev.tcgen.runtime.TencentCloudException;
import dev.tcgen.runtime.TencentCloudTransportException;
import dev.tcgen.runtime.TencentCloudTransportException.Kind;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Runs the calls of one service version through the stages of an attempt, until one succeeds or the retry
 * decision gives up: {@link RequestSigner sign} → {@link HttpSender send} → {@link ResponseReader read} →
 * {@link RetryDecision decide a retry}. Thread-safe. Internal: generated clients reach it through
 * {@code ServiceClient}; application code uses those clients.
 */
public final class Invoker implements AutoCloseable {

    /** Per request type, its writer, resolved once rather than on every call. */
    private static final ClassValue<ObjectWriter> REQUEST_WRITERS = new ClassValue<ObjectWriter>() {
        @Override
        protected ObjectWriter computeValue(Class<?> type) {
            return ResponseReader.MAPPER.writerFor(type);
        }
    };

    private final ClientSettings settings;

    private final Map<String, RateLimiter> limiters;

    private final ClockSkew clock;

    private final TransportExceptions failures;

    private final RequestSigner signer;

    private final HttpSender sender;

    private final ResponseReader reader;

    private final RetryDecision retries;

    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Throws {@link IllegalArgumentException} for an endpoint that is not an http(s) URL of a host.
     */
    public Invoker(ClientSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        URI endpoint = RequestSigner.rootEndpoint(settings.endpoint());
        Map<String, RateLimiter> limiters = new HashMap<>();
        settings.rateLimits().forEach((action, perSecond) -> limiters.put(action, new RateLimiter(perSecond)));
        this.limiters = Map.copyOf(limiters);
        this.clock = new ClockSkew(settings.clock());
        this.failures = new TransportExceptions(endpoint, settings.readTimeout());
        ProxyChoice proxies = settings.httpClient().isPresent() ? ProxyChoice.direct() : ProxyChoice.forClient(settings);
        this.signer = new RequestSigner(settings, endpoint, clock, proxies);
        this.sender = new HttpSender(settings, failures, proxies);
        this.reader = new ResponseReader(settings.service(), failures, clock);
        this.retries = new RetryDecision(settings.retryPolicy(), clock);
    }

    /**
     * Calls {@code action} and waits for the result.
     *
     * @throws TencentCloudException (as the service's subclass) for an API error
     * @throws TencentCloudTransportException when no API answer arrived
     * @throws ClientConfigurationException before sending, when a required region is unset or the client is closed
     */
    public <T> T call(Operation<T> operation, Object request) {
        return call(operation, request, CallOptions.none());
    }

    /** {@link #call(Operation, Object)} with {@code options} in place of the client's settings where set. */
    public <T> T call(Operation<T> operation, Object request, CallOptions options) {
        return send(prepare(operation, request, options));
    }

    /**
     * Calls {@code action}; the future fails with the same exceptions {@link #call} throws. Checks that
     * need no network (closed client, missing region) throw at once instead.
     */
    public <T> CompletableFuture<T> callAsync(Operation<T> operation, Object request) {
        return callAsync(operation, request, CallOptions.none());
    }

    /** {@link #callAsync(Operation, Object)} with {@code options} in place of the client's settings where set. */
    public <T> CompletableFuture<T> callAsync(Operation<T> operation, Object request, CallOptions options) {
        return attemptAsync(prepare(operation, request, options), 1, false);
    }

    /**
     * The checks that need no network, and the body serialized once for every attempt.
     */
    private <T> PreparedCall<T> prepare(Operation<T> operation, Object request, CallOptions options) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(options, "options");
        String action = operation.action();
        if (closed.get()) {
            throw new ClientConfigurationException("the " + settings.service().name() + " client is closed");
        }
        if (operation.region() == Operation.Region.REQUIRED && settings.region().isEmpty() && options.region().isEmpty()) {
            throw new ClientConfigurationException(action + " requires a region: set one with region(...) on the client builder");
        }
        byte[] body;
        try {
            body = REQUEST_WRITERS.get(request.getClass()).writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(action + ": the request cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
        long deadline = options.timeout().map(timeout -> System.nanoTime() + timeout.toNanos()).orElse(Long.MAX_VALUE);
        return new PreparedCall<>(operation, body, options, deadline);
    }

    /**
     * Refuses further calls and releases the threads of the HttpClient it made (a supplied one is left alone).
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            sender.close();
        }
    }

    /**
     * Runs the attempts of {@code call} on the caller's thread, sleeping between them.
     */
    private <T> T send(PreparedCall<T> call) {
        int attempt = 1;
        boolean clockCorrected = false;
        while (true) {
            long offsetSent = clock.offsetSeconds();
            RuntimeException error;
            try {
                return attempt(call, attempt);
            } catch (RuntimeException e) {
                error = e;
            }
            RetryDecision.Retry next = retries.next(call, error, attempt, clockCorrected, offsetSent);
            if (next == null) {
                throw error;
            }
            try {
                TimeUnit.NANOSECONDS.sleep(next.backoffNanos());
            } catch (InterruptedException e) {
                throw failures.interrupted(call.action(), e);
            }
            attempt = next.attempt();
            clockCorrected = next.clockCorrected();
        }
    }

    /**
     * One attempt on the caller's thread, holding a permit of the action's rate limiter while it runs.
     */
    private <T> T attempt(PreparedCall<T> call, int attempt) {
        RateLimiter limiter = limiters.get(call.action());
        if (limiter != null) {
            awaitPermit(call, attempt, limiter);
        }
        try {
            long timeout = attemptTimeoutNanos(call, attempt);
            HttpRequest request = signer.sign(call, Duration.ofNanos(timeout));
            return reader.read(call, withinDeadline(call, attempt, () -> sender.send(call.action(), request, timeout)));
        } finally {
            if (limiter != null) {
                limiter.release();
            }
        }
    }

    /**
     * Blocks until {@code limiter} lets this call go, at most until the call's deadline; a permit granted after an
     * interrupt or the deadline is given back.
     */
    private void awaitPermit(PreparedCall<?> call, int attempt, RateLimiter limiter) {
        CompletableFuture<Void> permit = limiter.acquire();
        try {
            long remaining = call.remainingNanos();
            if (remaining == Long.MAX_VALUE) {
                permit.get();
            } else {
                permit.get(Math.max(0, remaining), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            permit.thenRun(limiter::release);
            throw failures.interrupted(call.action(), e);
        } catch (TimeoutException e) {
            permit.thenRun(limiter::release);
            throw callTimedOut(call, attempt, e);
        } catch (ExecutionException e) {
            throw unchecked(e.getCause());
        }
    }

    /**
     * Attempt number {@code attempt} (1-based) of {@code call} and those that follow it, without blocking.
     */
    private <T> CompletableFuture<T> attemptAsync(PreparedCall<T> call, int attempt, boolean clockCorrected) {
        long offsetSent = clock.offsetSeconds();
        RateLimiter limiter = limiters.get(call.action());
        CompletableFuture<T> sent = limiter == null ? exchangeAsync(call, attempt)
                : limiter.acquire().thenCompose(ignored -> exchangeAsync(call, attempt))
                        .whenComplete((value, failure) -> limiter.release());
        return sent.exceptionallyCompose(failure -> {
            RuntimeException error = unchecked(failure);
            RetryDecision.Retry next = retries.next(call, error, attempt, clockCorrected, offsetSent);
            if (next == null) {
                return CompletableFuture.failedFuture(error);
            }
            return CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(next.backoffNanos(), TimeUnit.NANOSECONDS))
                    .thenCompose(ignored -> attemptAsync(call, next.attempt(), next.clockCorrected()));
        });
    }

    /**
     * One attempt, without blocking.
     */
    private <T> CompletableFuture<T> exchangeAsync(PreparedCall<T> call, int attempt) {
        HttpRequest request;
        long timeout;
        try {
            timeout = attemptTimeoutNanos(call, attempt);
            request = signer.sign(call, Duration.ofNanos(timeout));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return sender.sendAsync(call.action(), request, timeout)
                .exceptionally(failure -> {
                    throw timedOutByDeadline(call, attempt, unchecked(failure));
                })
                .thenApply(exchange -> reader.read(call, exchange));
    }

    /** The read timeout of this attempt: the client's, or what is left of the call's deadline if that is sooner. */
    private long attemptTimeoutNanos(PreparedCall<?> call, int attempt) {
        long remaining = call.remainingNanos();
        if (remaining <= 0) {
            throw callTimedOut(call, attempt, null);
        }
        return Math.min(settings.readTimeout().toNanos(), remaining);
    }

    private <E> E withinDeadline(PreparedCall<?> call, int attempt, Supplier<E> exchange) {
        try {
            return exchange.get();
        } catch (RuntimeException e) {
            throw timedOutByDeadline(call, attempt, e);
        }
    }

    /** A timeout that the call's deadline caused is said as such, not as the client's read timeout. */
    private RuntimeException timedOutByDeadline(PreparedCall<?> call, int attempt, RuntimeException error) {
        if (error instanceof TencentCloudTransportException transport && transport.kind() == Kind.TIMEOUT
                && call.deadline() != Long.MAX_VALUE && call.remainingNanos() <= 0) {
            return callTimedOut(call, attempt, error);
        }
        return error;
    }

    private TencentCloudTransportException callTimedOut(PreparedCall<?> call, int attempt, Throwable cause) {
        long millis = call.options().timeout().map(Duration::toMillis).orElse(0L);
        return failures.of(Kind.TIMEOUT, call.action(), -1, "the call's timeout of " + millis + " ms ran out during attempt "
                + attempt, cause);
    }

    /**
     * The failure a caller should see: unwrapped from the future's wrapper; errors rethrown as they are.
     */
    private static RuntimeException unchecked(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof Error error) {
            throw error;
        }
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }
}
