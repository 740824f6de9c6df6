package dev.tcgen.runtime.internal;

import dev.tcgen.runtime.CallInterceptor;
import dev.tcgen.runtime.ClientSettings;
import dev.tcgen.runtime.TencentCloudSdkException;
import dev.tcgen.runtime.TencentCloudTransportException;
import dev.tcgen.runtime.TencentCloudTransportException.Kind;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs the attempts of a call on the caller's thread, sleeping between them: {@link Permits wait for the rate} →
 * {@link CallObserver interceptors} → {@link RequestSigner sign} → {@link HttpSender send} →
 * {@link ResponseReader read} → {@link RetryDecision decide a retry}; every attempt and the whole call are reported
 * to the {@link CallObserver}. {@link AsyncAttempts} runs the same stages without blocking.
 */
final class Attempts {
    final ClientSettings settings;
    final ClockSkew clock;
    final TransportExceptions failures;
    final RequestSigner signer;
    final HttpSender sender;
    final ResponseReader reader;
    final RetryDecision retries;
    final Permits permits;
    final CallObserver observer;

    /** What a call has done so far, for its observers; touched by one attempt at a time. */
    static final class Progress {
        int attempts;
        CallInterceptor.AttemptResult last;
    }

    Attempts(ClientSettings settings, TransportExceptions failures) {
        this.settings = settings;
        this.clock = new ClockSkew(settings.clock());
        this.failures = failures;
        ProxyChoice proxies = settings.httpClient().isPresent() ? ProxyChoice.direct() : ProxyChoice.forClient(settings);
        this.signer = new RequestSigner(settings, failures.endpoint(), clock, proxies);
        this.sender = new HttpSender(settings, failures, proxies);
        this.reader = new ResponseReader(settings.service(), failures, clock);
        this.retries = new RetryDecision(settings.retryPolicy(), clock);
        this.permits = new Permits(settings, failures);
        this.observer = new CallObserver(settings);
    }

    /** Every attempt of {@code call} until one succeeds or the retry decision gives up. */
    <T> T run(PreparedCall<T> call) {
        Progress progress = new Progress();
        int attempt = 1;
        boolean clockCorrected = false;
        while (true) {
            long offsetSent = clock.offsetSeconds();
            RuntimeException error;
            try {
                T result = attempt(call, attempt, progress);
                observer.afterCall(call, progress.attempts, progress.last, null);
                return result;
            } catch (RuntimeException e) {
                error = e;
            }
            RetryDecision.Retry next = retries.next(call, error, attempt, clockCorrected, offsetSent);
            if (next != null) {
                try {
                    TimeUnit.NANOSECONDS.sleep(next.backoffNanos());
                } catch (InterruptedException e) {
                    error = failures.interrupted(call.action(), e);
                    next = null;
                }
            }
            if (next == null) {
                observer.afterCall(call, progress.attempts, progress.last, error);
                throw error;
            }
            attempt = next.attempt();
            clockCorrected = next.clockCorrected();
        }
    }

    /** One attempt, holding the action's permit while it runs. */
    private <T> T attempt(PreparedCall<T> call, int attempt, Progress progress) {
        permits.acquire(call, attempt);
        long start = System.nanoTime();
        HttpSender.Exchange exchange = null;
        RuntimeException failure = null;
        try {
            Map<String, String> headers = observer.beforeSigning(call, attempt);
            long timeout = attemptTimeoutNanos(call, attempt);
            HttpRequest request = signer.sign(call, Duration.ofNanos(timeout), headers);
            progress.attempts++;
            try {
                exchange = sender.send(call.action(), request, timeout);
            } catch (RuntimeException e) {
                throw timedOutByDeadline(call, attempt, e);
            }
            return reader.read(call, exchange);
        } catch (RuntimeException e) {
            failure = asSdkException(call.action(), e);
            throw failure;
        } finally {
            finished(call, attempt, start, exchange, failure, progress);
        }
    }

    /** Gives back the attempt's permit and reports it. */
    void finished(PreparedCall<?> call, int attempt, long start, HttpSender.Exchange exchange, RuntimeException failure,
            Progress progress) {
        permits.release(call, failure, start);
        progress.last = observer.afterAttempt(call, attempt, start, exchange, failure);
    }

    /** The read timeout of this attempt: the client's, or what is left of the call's deadline if that is sooner. */
    long attemptTimeoutNanos(PreparedCall<?> call, int attempt) {
        long remaining = call.remainingNanos();
        if (remaining <= 0) {
            throw call.timedOut(failures, attempt, null, false);
        }
        return Math.min(settings.readTimeout().toNanos(), remaining);
    }

    /** A timeout that the call's deadline caused is said as such, not as the client's read timeout. */
    RuntimeException timedOutByDeadline(PreparedCall<?> call, int attempt, RuntimeException error) {
        if (error instanceof TencentCloudTransportException transport && transport.kind() == Kind.TIMEOUT
                && call.deadline() != Long.MAX_VALUE && call.remainingNanos() <= 0) {
            return call.timedOut(failures, attempt, error, transport.requestSent());
        }
        return error;
    }

    /**
     * What the caller sees of {@code failure}: the SDK's own exceptions as they are; anything else (a bug, a
     * credentials provider's unexpected exception) wrapped, so that every failure of a call is a
     * {@link TencentCloudSdkException}. The wrapper names the type only: a foreign message may hold anything.
     */
    static RuntimeException asSdkException(String action, RuntimeException failure) {
        return failure instanceof TencentCloudSdkException ? failure
                : new TencentCloudSdkException(action + ": the call failed unexpectedly (" + failure.getClass().getName() + ")", failure);
    }

    /** The failure of a future as a caller should see it: unwrapped from the future's wrapper; errors rethrown. */
    static RuntimeException unchecked(String action, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof Error error) {
            throw error;
        }
        return cause instanceof RuntimeException runtime ? asSdkException(action, runtime)
                : new TencentCloudSdkException(action + ": the call failed unexpectedly (" + cause.getClass().getName() + ")", cause);
    }
}
