package dev.tcgen.runtime.internal;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the attempts of a call without blocking, through the same stages as {@link Attempts}: the rate wait and the
 * backoff are delays, the exchange is {@code sendAsync}, and the next attempt is composed onto the failure of one.
 */
final class AsyncAttempts {
    private final Attempts stages;

    AsyncAttempts(Attempts stages) {
        this.stages = stages;
    }

    /** Every attempt of {@code call} until one succeeds or the retry decision gives up. */
    <T> CompletableFuture<T> run(PreparedCall<T> call) {
        Attempts.Progress progress = new Attempts.Progress();
        CompletableFuture<T> done = attempt(call, 1, false, progress);
        if (stages.settings.interceptors().isEmpty()) {
            return done;
        }
        return done.whenComplete((value, failure) -> stages.observer.afterCall(call, progress.attempts, progress.last,
                failure == null ? null : Attempts.unchecked(call.action(), failure)));
    }

    /** Attempt number {@code attempt} (1-based) of {@code call} and those that follow it. */
    private <T> CompletableFuture<T> attempt(PreparedCall<T> call, int attempt, boolean clockCorrected,
            Attempts.Progress progress) {
        long offsetSent = stages.clock.offsetSeconds();
        CompletableFuture<T> sent = stages.permits.acquireAsync(call, attempt)
                .thenCompose(ignored -> exchange(call, attempt, progress));
        return sent.exceptionallyCompose(failure -> {
            RuntimeException error = Attempts.unchecked(call.action(), failure);
            RetryDecision.Retry next = stages.retries.next(call, error, attempt, clockCorrected, offsetSent);
            if (next == null) {
                return CompletableFuture.failedFuture(error);
            }
            return CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(next.backoffNanos(), TimeUnit.NANOSECONDS))
                    .thenCompose(ignored -> attempt(call, next.attempt(), next.clockCorrected(), progress));
        });
    }

    /** One attempt, holding the permit {@link Permits#acquireAsync} gave until it ends. */
    private <T> CompletableFuture<T> exchange(PreparedCall<T> call, int attempt, Attempts.Progress progress) {
        long start = System.nanoTime();
        HttpRequest request;
        long timeout;
        try {
            Map<String, String> headers = stages.observer.beforeSigning(call, attempt);
            timeout = stages.attemptTimeoutNanos(call, attempt);
            request = stages.signer.sign(call, Duration.ofNanos(timeout), headers);
        } catch (RuntimeException e) {
            RuntimeException failure = Attempts.asSdkException(call.action(), e);
            stages.finished(call, attempt, start, null, failure, progress);
            return CompletableFuture.failedFuture(failure);
        }
        progress.attempts++;
        CompletableFuture<HttpSender.Exchange> sent;
        try {
            sent = stages.sender.sendAsync(call.action(), request, timeout);
        } catch (RuntimeException e) {
            RuntimeException failure = Attempts.asSdkException(call.action(), e);
            stages.finished(call, attempt, start, null, failure, progress);
            return CompletableFuture.failedFuture(failure);
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        sent.whenComplete((exchange, sendFailure) -> {
            if (sendFailure != null) {
                RuntimeException failure = stages.timedOutByDeadline(call, attempt, Attempts.unchecked(call.action(), sendFailure));
                stages.finished(call, attempt, start, null, failure, progress);
                result.completeExceptionally(failure);
                return;
            }
            T value;
            try {
                value = stages.reader.read(call, exchange);
            } catch (RuntimeException e) {
                RuntimeException failure = Attempts.asSdkException(call.action(), e);
                stages.finished(call, attempt, start, exchange, failure, progress);
                result.completeExceptionally(failure);
                return;
            }
            stages.finished(call, attempt, start, exchange, null, progress);
            result.complete(value);
        });
        return result;
    }
}
