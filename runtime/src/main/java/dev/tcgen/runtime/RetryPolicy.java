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
     */
    public static RetryPolicy defaults() {
        return builder().build();
    }

    /**
     * One attempt: every failure is final.
     */
    public static RetryPolicy none() {
        return builder().maxAttempts(1).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Attempts in all, the first included.
     */
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * Whether {@code failure} is of a kind that another attempt may cure.
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
     */
    public boolean shouldRetry(Throwable failure, int attempt) {
        return attempt < maxAttempts && isRetryable(failure);
    }

    /**
     * How long to wait after attempt number {@code attempt} (1-based) failed; random, bounded by maxBackoff.
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
         */
        public Builder maxBackoff(Duration maxBackoff) {
            Objects.requireNonNull(maxBackoff, "maxBackoff");
            if (maxBackoff.isNegative()) {
                throw new IllegalArgumentException("maxBackoff must not be negative: " + maxBackoff);
            }
            this.maxBackoff = maxBackoff;
            return this;
        }

        public RetryPolicy build() {
            if (maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalArgumentException("maxBackoff " + maxBackoff + " is shorter than initialBackoff " + initialBackoff);
            }
            return new RetryPolicy(this);
        }
    }
}
