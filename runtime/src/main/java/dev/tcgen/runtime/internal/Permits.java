package dev.tcgen.runtime.internal;

import dev.tcgen.runtime.ClientSettings;
import dev.tcgen.runtime.TencentCloudException;
import dev.tcgen.runtime.TencentCloudTransportException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The rate stage, before each attempt: an action with a documented rate waits for a permit of its
 * {@link RateLimiter}; any other action, unless adaptive limiting is off, waits as its {@link AdaptiveRateLimiter}
 * says, which learns from the server's {@code RequestLimitExceeded} answers.
 */
final class Permits {
    private final Map<String, RateLimiter> documented;

    /** One adaptive limiter per action without a documented rate, made on its first call; null when off. */
    private final ConcurrentHashMap<String, AdaptiveRateLimiter> adaptive;

    private final TransportExceptions failures;

    Permits(ClientSettings settings, TransportExceptions failures) {
        Map<String, RateLimiter> limiters = new HashMap<>();
        settings.rateLimits().forEach((action, perSecond) -> limiters.put(action, new RateLimiter(perSecond)));
        this.documented = Map.copyOf(limiters);
        this.adaptive = settings.adaptiveRateLimit() ? new ConcurrentHashMap<>() : null;
        this.failures = failures;
    }

    /**
     * Blocks until attempt {@code attempt} of {@code call} may be sent, at most until the call's deadline; a permit
     * granted after an interrupt or the deadline is given back. Every return must be followed by one
     * {@link #release}.
     */
    void acquire(PreparedCall<?> call, int attempt) {
        RateLimiter limiter = documented.get(call.action());
        if (limiter != null) {
            awaitPermit(call, attempt, limiter);
            return;
        }
        long wait = reserveAdaptive(call, attempt);
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                throw failures.interrupted(call.action(), e);
            }
        }
    }

    /** {@link #acquire} without blocking; the future fails with the same exceptions. */
    CompletableFuture<Void> acquireAsync(PreparedCall<?> call, int attempt) {
        RateLimiter limiter = documented.get(call.action());
        if (limiter != null) {
            return withinDeadline(call, attempt, limiter);
        }
        long wait;
        try {
            wait = reserveAdaptive(call, attempt);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return wait <= 0 ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS));
    }

    /**
     * The attempt that {@link #acquire} let go, sent at {@code sentAt} ({@code System.nanoTime()}), has ended with
     * {@code failure} (null for success).
     */
    void release(PreparedCall<?> call, Throwable failure, long sentAt) {
        RateLimiter limiter = documented.get(call.action());
        if (limiter != null) {
            limiter.release();
            return;
        }
        if (adaptive != null) {
            AdaptiveRateLimiter rate = adaptive.get(call.action());
            // Only answers tell the rate: a failure to connect says nothing of the server's limit.
            if (rate != null && (failure == null || failure instanceof TencentCloudException || isThrottle(failure))) {
                rate.answered(isThrottle(failure), sentAt);
            }
        }
    }

    /**
     * A permit of {@code limiter} that fails as the call's timeout when the deadline comes first; a permit granted
     * after that is given back.
     */
    private CompletableFuture<Void> withinDeadline(PreparedCall<?> call, int attempt, RateLimiter limiter) {
        CompletableFuture<Void> permit = limiter.acquire();
        long remaining = call.remainingNanos();
        if (permit.isDone() || remaining == Long.MAX_VALUE) {
            return permit;
        }
        CompletableFuture<Void> bounded = new CompletableFuture<>();
        permit.thenRun(() -> {
            if (!bounded.complete(null)) {
                limiter.release();
            }
        });
        CompletableFuture.delayedExecutor(Math.max(0, remaining), TimeUnit.NANOSECONDS)
                .execute(() -> bounded.completeExceptionally(call.timedOut(failures, attempt, null, false)));
        return bounded;
    }

    private long reserveAdaptive(PreparedCall<?> call, int attempt) {
        if (adaptive == null) {
            return 0;
        }
        AdaptiveRateLimiter rate = adaptive.get(call.action());
        if (rate == null) {
            rate = adaptive.computeIfAbsent(call.action(), action -> new AdaptiveRateLimiter());
        }
        long wait = rate.reserve(Math.max(0, call.remainingNanos()));
        if (wait < 0) {
            throw call.timedOut(failures, attempt, null, false);
        }
        return wait;
    }

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
            throw call.timedOut(failures, attempt, e, false);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a rate limiter's permit failed", e.getCause());
        }
    }

    /** Whether the server refused the attempt as one too many. */
    static boolean isThrottle(Throwable failure) {
        if (failure instanceof TencentCloudException api) {
            String code = api.code();
            return code != null && code.startsWith("RequestLimitExceeded")
                    && (code.length() == "RequestLimitExceeded".length() || code.charAt("RequestLimitExceeded".length()) == '.');
        }
        return failure instanceof TencentCloudTransportException transport && transport.statusCode().orElse(0) == 429;
    }
}
