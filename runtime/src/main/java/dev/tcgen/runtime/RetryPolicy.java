package dev.tcgen.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how a failed call is tried again; immutable.
 *
 * <p>By default a failure is retried when the server certainly did not carry the request out (it never left the
 * client: no connection, unresolved host, connect timeout, failed TLS handshake; or it was refused as too many:
 * {@code RequestLimitExceeded} and its sub-codes, HTTP 429). A failure after which the outcome is unknown (a timeout
 * or broken connection after sending, HTTP 500, 502, 503, 504, the codes {@code InternalError} and
 * {@code ServiceUnavailable}) is retried only when the action is safe to repeat: read-only by name, declared
 * idempotent, or carrying an idempotency token such as {@code ClientToken}, which the client fills once per call and
 * sends unchanged with every attempt. Every other failure is final. {@link Builder#retryCondition} replaces this
 * rule for users who know better.
 *
 * <p>Attempt {@code n} waits a random time between half and all of {@code min(maxBackoff, initialBackoff * 2^(n-1))}.
 * Each attempt is signed anew, with a fresh timestamp.
 */
public final class RetryPolicy {
    private final int maxAttempts;

    private final Duration initialBackoff;

    private final Duration maxBackoff;

    private final Condition condition;

    private RetryPolicy(Builder builder) {
        this.maxAttempts = builder.maxAttempts;
        this.initialBackoff = builder.initialBackoff;
        this.maxBackoff = builder.maxBackoff;
        this.condition = builder.condition;
    }

    /**
     * Decides whether a failed attempt is tried again, within {@link #maxAttempts()} and the call's timeout.
     */
    @FunctionalInterface
    public interface Condition {
        /**
         * Whether to try again.
         *
         * @param failure what attempt number {@code attempt} failed with (an API error or a transport failure)
         * @param attempt the attempt that failed, from 1
         * @param safeToRepeat whether the action may be sent again when the outcome of an attempt is unknown:
         *     read-only by name, declared idempotent, or carrying an idempotency token
         * @return true to try again
         */
        boolean shouldRetry(Throwable failure, int attempt, boolean safeToRepeat);
    }

    /**
     * Up to 3 attempts, backoff from 100 ms up to 2 s.
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return builder().build();
    }

    /**
     * One attempt: every failure is final.
     *
     * @return the policy that never retries
     */
    public static RetryPolicy none() {
        return builder().maxAttempts(1).build();
    }

    /**
     * A builder that starts from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Attempts in all, the first included.
     *
     * @return the number of attempts, at least 1
     */
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * Whether {@code failure} is of a kind that another attempt may cure, for an action that is safe to repeat:
     * {@link #isRetryable(Throwable, boolean) isRetryable(failure, true)}.
     *
     * @param failure what the attempt failed with
     * @return true when a retry may succeed
     */
    public static boolean isRetryable(Throwable failure) {
        return isRetryable(failure, true);
    }

    /**
     * The default rule: whether another attempt may cure {@code failure} without risk of doing the work twice.
     * True when the request was certainly not carried out; when its outcome is unknown, only if
     * {@code safeToRepeat}.
     *
     * @param failure what the attempt failed with
     * @param safeToRepeat whether the action may be sent again when the outcome of an attempt is unknown
     * @return true when a retry may succeed without risk of doing the work twice
     */
    public static boolean isRetryable(Throwable failure, boolean safeToRepeat) {
        FailureOutcome outcome = FailureOutcome.of(failure);
        return outcome == FailureOutcome.NOT_CARRIED_OUT || (safeToRepeat && outcome == FailureOutcome.OUTCOME_UNKNOWN);
    }

    /**
     * Whether to try again after attempt number {@code attempt} (1-based) failed with {@code failure}: attempts
     * are left and the retry condition (by default {@link #isRetryable(Throwable, boolean)}) says yes.
     *
     * @param failure what the attempt failed with
     * @param attempt the number of the failed attempt, from 1
     * @param safeToRepeat whether the action may be sent again when the outcome of an attempt is unknown
     * @return true to try again
     */
    public boolean shouldRetry(Throwable failure, int attempt, boolean safeToRepeat) {
        if (attempt >= maxAttempts) {
            return false;
        }
        return condition == null ? isRetryable(failure, safeToRepeat) : condition.shouldRetry(failure, attempt, safeToRepeat);
    }

    /**
     * How long to wait after attempt number {@code attempt} (1-based) failed; random, bounded by maxBackoff.
     *
     * @param attempt the number of the failed attempt, from 1
     * @return the wait
     */
    public Duration backoff(int attempt) {
        long ceiling = maxBackoff.toNanos();
        long base = initialBackoff.toNanos();
        for (int i = 1; i < attempt && base < ceiling; i++) {
            base = base > ceiling / 2 ? ceiling : base * 2;
        }
        base = Math.min(base, ceiling);
        long half = base / 2;
        return Duration.ofNanos(half + ThreadLocalRandom.current().nextLong(base - half + 1));
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff + ", maxBackoff=" + maxBackoff
                + (condition == null ? "" : ", custom condition") + "]";
    }

    /**
     * Builds a {@link RetryPolicy}; starts from the defaults.
     */
    public static final class Builder {
        private int maxAttempts = 3;

        private Duration initialBackoff = Duration.ofMillis(100);

        private Duration maxBackoff = Duration.ofSeconds(2);

        private Condition condition;

        private Builder() {
        }

        /**
         * Replaces the default rule ({@link RetryPolicy#isRetryable(Throwable, boolean)}) of which failures are
         * retried; {@code maxAttempts}, the backoff and the call's timeout still bound the attempts. To widen the
         * default rather than replace it, call it from the condition. A condition that repeats an action whose
         * outcome is unknown may have it carried out twice.
         *
         * @param condition the rule that decides whether to try again
         * @return this builder
         */
        public Builder retryCondition(Condition condition) {
            this.condition = Objects.requireNonNull(condition, "condition");
            return this;
        }

        /**
         * Attempts in all, at least 1 (1 turns retrying off).
         *
         * @param maxAttempts the number of attempts
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * The wait after the first failure, before jitter.
         *
         * @param initialBackoff the first wait, not negative
         * @return this builder
         */
        public Builder initialBackoff(Duration initialBackoff) {
            Objects.requireNonNull(initialBackoff, "initialBackoff");
            if (initialBackoff.isNegative()) {
                throw new IllegalArgumentException("initialBackoff must not be negative: " + initialBackoff);
            }
            this.initialBackoff = initialBackoff;
            return this;
        }

        /**
         * The longest wait between attempts.
         *
         * @param maxBackoff the longest wait, not negative
         * @return this builder
         */
        public Builder maxBackoff(Duration maxBackoff) {
            Objects.requireNonNull(maxBackoff, "maxBackoff");
            if (maxBackoff.isNegative()) {
                throw new IllegalArgumentException("maxBackoff must not be negative: " + maxBackoff);
            }
            this.maxBackoff = maxBackoff;
            return this;
        }

        /**
         * The policy; throws {@link IllegalArgumentException} when maxBackoff is shorter than initialBackoff.
         *
         * @return the policy
         */
        public RetryPolicy build() {
            if (maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalArgumentException("maxBackoff " + maxBackoff + " is shorter than initialBackoff " + initialBackoff);
            }
            return new RetryPolicy(this);
        }
    }
}
