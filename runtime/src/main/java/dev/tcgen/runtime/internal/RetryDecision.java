package dev.tcgen.runtime.internal;

import dev.tcgen.runtime.RetryPolicy;
import dev.tcgen.runtime.TencentCloudException;
import java.time.Duration;

/**
 * The retry-decision stage: what follows a failed attempt. An attempt refused as expired because our clock is off
 * is tried once more at once, with the corrected clock, without counting as an attempt: no retry policy can cure
 * it, the correction does. Otherwise the call's retry policy decides, within the call's deadline.
 */
final class RetryDecision {
    private static final System.Logger LOG = System.getLogger(RetryDecision.class.getName());

    private final RetryPolicy clientPolicy;

    private final ClockSkew clock;

    RetryDecision(RetryPolicy clientPolicy, ClockSkew clock) {
        this.clientPolicy = clientPolicy;
        this.clock = clock;
    }

    /** The attempt to run next, whether its clock is corrected, and how long to wait before it. */
    record Retry(int attempt, boolean clockCorrected, long backoffNanos) {
    }

    /**
     * What follows attempt {@code attempt} of {@code call} failing with {@code error}; null to give up.
     *
     * @param offsetSent the clock offset the failed attempt was signed with
     */
    Retry next(PreparedCall<?> call, RuntimeException error, int attempt, boolean clockCorrected, long offsetSent) {
        if (!clockCorrected && error instanceof TencentCloudException api && ResponseReader.SIGNATURE_EXPIRE.equals(api.code())
                && clock.offsetSeconds() != offsetSent) {
            LOG.log(System.Logger.Level.DEBUG, () -> call.action() + ": the server's clock is "
                    + clock.offsetSeconds() + " s from ours; signing again with its time");
            return new Retry(attempt, true, 0);
        }
        RetryPolicy policy = call.options().retryPolicy().orElse(clientPolicy);
        if (!policy.shouldRetry(error, attempt, call.operation().safeToRepeat())) {
            return null;
        }
        Duration backoff = policy.backoff(attempt);
        long backoffNanos = Math.max(1, backoff.toNanos());
        if (backoffNanos >= call.remainingNanos()) {
            return null;
        }
        LOG.log(System.Logger.Level.DEBUG, () -> call.action() + " attempt " + attempt + " failed ("
                + error + "); retrying in " + backoff.toMillis() + " ms");
        return new Retry(attempt + 1, clockCorrected, backoffNanos);
    }
}
