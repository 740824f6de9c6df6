package dev.tcgen.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how a failed call is tried again; immutable.
 *
 * <p>Retried: {@code RequestLimitExceeded} and its sub-codes, HTTP 429 and 5xx, connection failures
 * and timeouts. Every other failure is final. Attempt {@code n} waits a random time between half and all
 * of {@code min(maxBackoff, initialBackoff * 2^(n-1))}. Each attempt is signed anew.
 */
public final class RetryPolicy {
    private final int maxAttempts;

    private final Duration initialBackoff;

    private final Duration maxBackoff;

    private RetryPolicy(Builder builder) {
        this.maxAttempts = builder.maxAttempts;
        this.initialBackoff = builder.initialBackoff;
        this.maxBackoff = builder.maxBackoff;
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
     * A builder starting from the defaults.
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
     * Whether {@code failure} is of a kind that another attempt may cure.
     *
     * @param failure what the attempt failed with
     * @return true when a retry may succeed
     */
    public static boolean isRetryable(Throwable failure) {
        if (failure instanceof TencentCloudException api) {
            String code = api.code();
            return code != null && (code.equals("RequestLimitExceeded") || code.startsWith("RequestLimitExceeded."));
        }
        if (failure instanceof TencentCloudTransportException transport) {
            return switch (transport.kind()) {
                case TIMEOUT, CONNECTION -> true;
                case HTTP_STATUS -> transport.statusCode().orElse(0) >= 500 || transport.statusCode().orElse(0) == 429;
                default -> false;
            };
        }
        return false;
    }

    /**
     * Whether to try again after attempt number {@code attempt} (1-based) failed with {@code failure}.
     *
     * @param failure what the attempt failed with
     * @param attempt the number of the failed attempt, from 1
     * @return true to try again
     */
    public boolean shouldRetry(Throwable failure, int attempt) {
        return attempt < maxAttempts && isRetryable(failure);
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
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff + ", maxBackoff=" + maxBackoff + "]";
    }

    /**
     * Builds a {@link RetryPolicy}; starts from the defaults.
     */
    public static final class Builder {
        private int maxAttempts = 3;

        private Duration initialBackoff = Duration.ofMillis(100);

        private Duration maxBackoff = Duration.ofSeconds(2);

        private Builder() {
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
         * The policy set so far.
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
